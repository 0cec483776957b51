#!/usr/bin/env bash
# Two instances behind nginx: publishes the site once, starts two instances on loopback from the same folder and
# content, and nginx round-robin in front of both with passive health checks (a failed attempt takes an instance
# out for a while and the request is retried on the other). Checks that
#   (a) the same page fetched from each instance directly has identical bytes and ETag,
#   (b) /api/search answers the 52 search-quality queries identically on both (tookMs aside),
#   (c) requests through nginx alternate between the instances,
#   (d) under wrk load through nginx, stopping one instance (SIGTERM, graceful shutdown) mid-run loses no request
#       after nginx notices; failures before it noticed, if any, are counted too.
# Prints PASS or FAIL per check and exits 1 on any FAIL. Installs wrk and nginx from Debian when missing.
# Usage: bash tests/bench/two-instances.sh        (env: BASE_PORT, default 5120: nginx, +1 and +2 the instances)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
base_port="${BASE_PORT:-5120}"
lb_port="$base_port"
port_a=$((base_port + 1))
port_b=$((base_port + 2))
load_seconds=20      # the wrk run of check (d)
stop_after=8         # seconds into it when instance B gets SIGTERM
stop_timeout=35      # the host's default shutdown timeout is 30 s; B must be gone by then

source "$here/site.sh"
require_tools wrk nginx
work="$(mktemp -d)"
on_exit "rm -rf '$work'"
on_exit "[ -f '$work/nginx.pid' ] && kill \$(cat '$work/nginx.pid')"   # runs first: clean-ups run last-in, first-out

# Pages hold absolute URLs (canonical, Open Graph), built from the Host header.
# Behind a load balancer every instance sees the public host, so the direct fetches send the same one.
public_host="dopamine.test"
results=()
failed=0
check() {   # check NAME OK? DETAIL
  if [ "$2" = 1 ]; then results+=("PASS  $1: $3"); else results+=("FAIL  $1: $3"); failed=1; fi
}

echo "== publishing (Release) once and starting two instances" >&2
publish_site
launch_site "$port_a" "$work/a.log"
pid_a="$launched_pid"
launch_site "$port_b" "$work/b.log"
pid_b="$launched_pid"

start_nginx() {
  write_nginx_conf "$work" <<CONF
  # One line per request: when, what, the client's status, and every upstream tried with its status.
  # Fields split by | because a retried request lists its upstreams as "a, b".
  log_format lb '\$msec|\$status|\$request_uri|\$upstream_addr|\$upstream_status';
  access_log $work/access.log lb;
  upstream dopamine {
    # Passive health checks: one failed attempt takes an instance out for 10 s, then nginx tries it again.
    server 127.0.0.1:$port_a max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$port_b max_fails=1 fail_timeout=10s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://dopamine;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      # A request that meets a stopped instance (refused, reset, or its 502/503) is retried on the other.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_max_temp_file_size 0;   # the workers cannot write here; responses are small anyway
      # Which instance answered: cheap, and only on the load balancer, so the site itself is unchanged.
      add_header X-Upstream \$upstream_addr always;
    }
  }
CONF
  nginx -c "$work/nginx.conf" -p "$work"
  curl -fsS --max-time 2 --retry 20 --retry-delay 0 --retry-connrefused "http://127.0.0.1:$lb_port/healthz" -o /dev/null
}

# (a) One page from each instance: same bytes, same ETag.
check_same_page() {
  local path=/questions/what-is-dopamine port
  for port in "$port_a" "$port_b"; do
    curl -fsS --max-time 10 -H "Host: $public_host" -D "$work/headers.$port" -o "$work/page.$port" "http://127.0.0.1:$port$path"
  done
  local etag_a etag_b
  etag_a="$(grep -i '^etag:' "$work/headers.$port_a" | tr -d '\r')"
  etag_b="$(grep -i '^etag:' "$work/headers.$port_b" | tr -d '\r')"
  local same=0
  cmp -s "$work/page.$port_a" "$work/page.$port_b" && [ -n "$etag_a" ] && [ "$etag_a" = "$etag_b" ] && same=1
  check "(a) same page, bytes and ETag" "$same" \
    "$path: $(wc -c <"$work/page.$port_a") vs $(wc -c <"$work/page.$port_b") bytes, $etag_a vs ${etag_b#*: }"
}

# (b) Every search-quality query on both instances; tookMs is the time the search took, so it is left out.
check_same_search() {
  local q differ=0 total=0 port
  while IFS=$'\t' read -r q _; do
    [[ -z "$q" || "$q" == \#* ]] && continue
    total=$((total + 1))
    for port in "$port_a" "$port_b"; do
      curl -fsS --max-time 10 -G --data-urlencode "q=$q" "http://127.0.0.1:$port/api/search" |
        sed 's/"tookMs":[0-9.eE+-]*,//' >"$work/search.$port"
    done
    cmp -s "$work/search.$port_a" "$work/search.$port_b" || { differ=$((differ + 1)); echo "differs: $q" >&2; }
  done <"$root/tests/search-quality/queries.tsv"
  check "(b) same /api/search results" "$((differ == 0 && total > 0))" "$((total - differ)) of $total queries identical"
}

# (c) Ten requests through nginx: round robin alternates between the instances.
check_alternation() {
  local seq="" upstream i
  for i in $(seq 1 10); do
    upstream="$(curl -fsS --max-time 10 -o /dev/null -D - "http://127.0.0.1:$lb_port/" | tr -d '\r' |
      sed -n 's/^[Xx]-[Uu]pstream: 127.0.0.1:\(.*\)/\1/p')"
    if [ "$upstream" = "$port_a" ]; then seq+="A"; elif [ "$upstream" = "$port_b" ]; then seq+="B"; else seq+="?"; fi
  done
  local ok=0
  [[ "$seq" =~ ^(AB)+$ || "$seq" =~ ^(BA)+$ ]] && ok=1
  check "(c) nginx alternates" "$ok" "X-Upstream of 10 requests: $seq"
}

# (d) wrk through nginx; B gets SIGTERM after $stop_after s. nginx "notices" at the first request it had to retry
# or fail on B; every client-visible failure is counted before and after that moment from nginx's access log.
check_failover() {
  : >"$work/access.log"
  export PAGES QUERIES="$root/tests/search-quality/queries.tsv"
  PAGES="$(cd "$root/content" && ls topics/*.md questions/*.md | sed 's|^|/|; s|\.md$||' | tr '\n' ' ')"
  wrk -t2 -c16 -d"${load_seconds}s" --timeout 10s -s "$here/soak.lua" "http://127.0.0.1:$lb_port" >"$work/wrk.out" &
  local wrk_pid=$! stopped_at
  sleep "$stop_after"
  stopped_at="$(date +%s.%N)"
  kill -TERM "$pid_b"
  # The host stops taking connections, finishes the requests it has, then exits; wait for that, bounded.
  local exited=0 exited_at shutdown_ms
  if timeout "$stop_timeout" tail --pid="$pid_b" -f /dev/null; then exited=1; fi
  exited_at="$(date +%s.%N)"
  shutdown_ms="$(awk -v a="$stopped_at" -v b="$exited_at" 'BEGIN { printf "%d", (b - a) * 1000 }')"
  timeout $((load_seconds + 15)) tail --pid="$wrk_pid" -f /dev/null || kill "$wrk_pid"
  local line
  line="$(grep '^{' "$work/wrk.out")"
  # Failures as the client saw them: 5xx, or any other error status on an address that exists.
  # B may still finish requests it had while it drains; once it has exited, no answer may come from it.
  awk -F'|' -v b="127.0.0.1:$port_b" -v stop="$stopped_at" -v gone="$exited_at" '
    { t = $1; status = $2; uri = $3 }
    { bad = (status >= 500) || (status >= 400 && uri !~ /soak-missing/) }
    # Noticed: an attempt on B that failed (an error status from it, or a retry on the other instance).
    notice == "" && t >= stop && index($4, b) && ($5 ~ /5[0-9][0-9]|,/) { notice = t }
    { if (notice == "" || t < notice) { before += bad; n_before++ } else { after += bad; n_after++ } }
    t > gone && index($4, b) && $4 !~ /,/ { on_b++ }
    $4 ~ /,/ { retried++ }
    END {
      printf "notice_s=%s before=%d n_before=%d after=%d n_after=%d on_b_after=%d retried=%d\n",
        (notice == "" ? "none" : sprintf("%.3f", notice - stop)), before, n_before, after, n_after, on_b + 0, retried + 0
    }' "$work/access.log" >"$work/failover"
  local notice before n_before after n_after on_b_after retried socket_errors
  # shellcheck disable=SC1090 # key=value pairs written just above
  eval "$(tr ' ' '\n' <"$work/failover" | sed 's/^notice_s=/notice=/')"
  socket_errors=$(($(field connect "$line") + $(field read "$line") + $(field write "$line") + $(field timeout "$line")))
  echo "   wrk through nginx: $line" >&2
  echo "   B stopped ${shutdown_ms} ms after SIGTERM; nginx noticed ${notice} s after it" >&2
  check "(d) instance B stops gracefully" "$exited" "exited ${shutdown_ms} ms after SIGTERM (limit ${stop_timeout} s)"
  check "(d) no request lost after nginx noticed" "$((after == 0 && socket_errors == 0 && n_after > 0 && on_b_after == 0))" \
    "$after failed of $n_after after it noticed (${notice} s after SIGTERM), $on_b_after answered by B after it exited; wrk socket errors $socket_errors"
  check "(d) failures before nginx noticed (reported)" 1 "$before of $n_before"
  check "(d) requests retried on A by nginx (reported)" 1 "$retried, every one answered"
  cp "$work/access.log" "$root/artifacts/bench/two-instances-access.log"
}

field() { sed -n "s/.*\"$1\":\"\{0,1\}\([0-9.]*\).*/\1/p" <<<"$2"; }

mkdir -p "$root/artifacts/bench"
start_nginx
check_same_page
check_same_search
check_alternation
check_failover

printf '%s\n' "${results[@]}"
if ((failed)); then echo "FAIL"; exit 1; fi
echo "PASS"
