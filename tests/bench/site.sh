# shellcheck shell=bash
# Sourced by the measurement scripts: publishes the site in Release (as in production: a plain build serves no
# wwwroot outside Development) and starts it on loopback, waiting until it is ready.
# After `start_site PORT`, $site_pid is the process, $site_ready_ms how long it took from start to a ready
# /readyz, and $site_log its log (compact JSON lines). `stop_site` stops it (the EXIT trap does too), so one
# script can start the site several times; it is published once per script.
# Callers add their own clean-up with `on_exit "command"`. `write_words FILE` writes unique.lua's word list.
# Optional environment: CONTENT_ROOT (default: the bundled content/), CONTENT_WATCH (default false: no file
# watcher), READY_TIMEOUT (seconds to wait for /readyz, default 60).
site_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
site_app="$(mktemp -d)"
site_pid=""
site_log=""
site_published=""
site_cleanup=("rm -rf '$site_app'")
on_exit() { site_cleanup+=("$1"); }
# Last registered, first run: a process stops before the folder it runs from is removed.
trap 'for ((i = ${#site_cleanup[@]} - 1; i >= 0; i--)); do eval "${site_cleanup[i]}" 2>/dev/null || true; done' EXIT
on_exit "stop_site"

# Installs the Debian packages a measurement drives (wrk, nginx) when any of them is missing.
require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; return; }
  done
}

# write_words FILE: the words of the bundled pages for unique.lua, one a line, most frequent first: lower-case
# runs of letters, at least 4 long, seen at least twice, without front-matter keys, citation keys, link slugs,
# web addresses and common function words (a query of those alone is cut to nothing by the stop list).
write_words() {
  # shellcheck disable=SC2016   # awk programs: $0 is awk's
  find "$site_root/content" -name '*.md' -print0 | LC_ALL=C xargs -0 awk '
    FNR == 1 { front = ($0 == "---"); next }
    front && $0 == "---" { front = 0; next }
    front { sub(/^[a-z_]+:/, "") }
    { gsub(/\[@[^]]*\]/, " "); gsub(/\[\[[^]|]*\|/, " "); gsub(/https?:[^ )]*/, " "); print }' |
    LC_ALL=C tr '[:upper:]' '[:lower:]' | LC_ALL=C tr -cs '[:lower:]' '\n' |
    LC_ALL=C awk -v stop="about above after again also among another around back because been before being below
      between both came come could does doing done down during each either even every from further have having here
      hers herself himself into instead itself just least less like made make many might more most much must myself
      never often once only other ought ours over rather same shall should since some still such than that their
      theirs them then there these they this those though through thus under until upon very well were what when
      where whether which while whom whose will with within without would your yours yourself" '
      BEGIN { n = split(stop, list, /[ \n]+/); for (i = 1; i <= n; i++) skip[list[i]] = 1 }
      length($0) >= 4 && !($0 in skip) { count[$0]++ }
      END { for (w in count) if (count[w] >= 2) print count[w], w }' |
    LC_ALL=C sort -k1,1nr -k2,2 | cut -d' ' -f2 >"$1"
}

# write_nginx_conf DIR: writes DIR/nginx.conf for one nginx worker that keeps its pid, error log and temporary files
# in DIR (nothing outside it), with the lines of its http block read from standard input.
write_nginx_conf() {
  local dir="$1"
  mkdir -p "$dir/tmp"
  {
    cat <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
  client_body_temp_path $dir/tmp; proxy_temp_path $dir/tmp; fastcgi_temp_path $dir/tmp;
  uwsgi_temp_path $dir/tmp; scgi_temp_path $dir/tmp;
CONF
    cat
    echo "}"
  } >"$dir/nginx.conf"
}

# For this machine's runtime, so it is compiled ahead of time (ReadyToRun) as the container image is.
publish_site() {
  [ -n "$site_published" ] && return 0
  dotnet publish "$site_root/src/Dopamine.Web" -c Release --use-current-runtime --self-contained false \
    -o "$site_app" -v q -nologo >/dev/null
  site_published=1
}

start_site() {
  local port="$1" timeout="${READY_TIMEOUT:-60}" started elapsed_ms next_note=10000
  publish_site
  site_log="$(mktemp "$site_app/site.XXXXXX.log")"
  started=$(date +%s%N)
  # env, not VAR=value: the Serilog override's key has dots, which no shell variable name may contain. The
  # override logs the content store's "Content load/reload" line (with its timings) while requests stay quiet.
  # The rate limiter is off: it would turn a benchmark's load into 429s.
  env ASPNETCORE_ENVIRONMENT=Production Content__Root="${CONTENT_ROOT:-$site_root/content}" \
    Content__Watch="${CONTENT_WATCH:-false}" RateLimiting__PermitsPerSecond=0 \
    Serilog__MinimumLevel__Default=Warning "Serilog__MinimumLevel__Override__Dopamine.Content.Snapshots=Information" \
    dotnet "$site_app/Dopamine.Web.dll" --urls "http://127.0.0.1:$port" >"$site_log" 2>&1 &
  site_pid=$!
  while ! curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
    elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    if ! kill -0 "$site_pid" 2>/dev/null; then
      echo "site exited before it was ready; its log:" >&2 && tail -20 "$site_log" >&2
      site_pid=""
      return 1
    fi
    if (( elapsed_ms > timeout * 1000 )); then
      echo "site not ready after ${timeout}s; its log:" >&2 && tail -20 "$site_log" >&2
      return 1
    fi
    # A big corpus can take minutes: say so now and then rather than look hung.
    if (( elapsed_ms > next_note )); then
      echo "   ... still waiting for /readyz: $((elapsed_ms / 1000)) s" >&2
      next_note=$((next_note + 10000))
    fi
    sleep 0.05
  done
  # shellcheck disable=SC2034   # read by the sourcing script
  site_ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

# Stops the site started last and waits for it to exit, so the next start can take the port. Clearing
# $site_pid keeps the EXIT trap from signalling a process id that may since have been reused.
stop_site() {
  [ -n "$site_pid" ] || return 0
  kill "$site_pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$site_pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$site_pid" 2>/dev/null && kill -9 "$site_pid" 2>/dev/null
  wait "$site_pid" 2>/dev/null || true
  site_pid=""
}

# launch_site PORT LOG: starts one instance from the published folder on 127.0.0.1:PORT, logging to LOG, and
# fails unless /readyz answers within 60 s (a busy shared machine can take 30). CONTENT_ROOT and CONTENT_WATCH choose the content (default: the bundled
# folder, unwatched). The rate limiter is off (RateLimiting__PermitsPerSecond=0): load scripts measure the site,
# not the limiter. Sets $launched_pid; the EXIT trap stops it.
launch_site() {
  local port="$1" log="$2"
  # Another engineer's server on the same port would answer our readiness probe and be measured instead.
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use" >&2
    return 1
  fi
  ASPNETCORE_ENVIRONMENT=Production Content__Root="${CONTENT_ROOT:-$site_root/content}" \
    Content__Watch="${CONTENT_WATCH:-false}" RateLimiting__PermitsPerSecond=0 \
    Serilog__MinimumLevel__Default=Warning \
    dotnet "$site_app/Dopamine.Web.dll" --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
  launched_pid=$!
  on_exit "kill $launched_pid"
  local deadline=$((SECONDS + 60))
  until curl -fs --max-time 2 "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)) || ! kill -0 "$launched_pid" 2>/dev/null; then
      echo "the site on port $port did not become ready; its log:" >&2
      tail -n 20 "$log" >&2
      return 1
    fi
    sleep 0.1
  done
}
