#!/usr/bin/env bash
# The benchmark harness: publishes the site in Release, starts it on loopback, warms it, and measures with wrk
# (-t1 -c32) the home page, a theme page, a question page, /search and /api/search (a mix of the 52 search-
# quality queries) and /api/suggest; then /api/search, /api/suggest and /api/answer with a query never asked before on
# every request (tests/bench/unique.lua, words of the bundled pages), so the memory of recent answers cannot
# answer and the figure is the cost of a new question. In the same run nginx serves the theme page's exact HTML
# as a static file and is measured the same way. Prints one table with each row's ratio to nginx and writes it
# as JSON to artifacts/bench/results.json. Every target is measured in ROUNDS passes (default 3) and the table
# shows medians, with the range of the ratio to nginx. Installs wrk and nginx from Debian when missing.
# Usage: [ROUNDS=3] bash tests/bench/run.sh [seconds per measurement, default 10]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-10}"
rounds="${ROUNDS:-3}"
site_port="${SITE_PORT:-5094}"
nginx_port="${NGINX_PORT:-5093}"

# shellcheck source=tests/bench/site.sh source-path=SCRIPTDIR
source "$here/site.sh"
require_tools wrk nginx
work="$(mktemp -d)"
on_exit "rm -rf '$work'"
on_exit "[ -f '$work/nginx.pid' ] && kill \$(cat '$work/nginx.pid')"   # runs first: clean-ups run last-in, first-out

echo "== publishing (Release) and starting" >&2
start_site "$site_port"
echo "== ready $site_ready_ms ms after start" >&2

theme=/topics/dopamine-release-mechanisms
mkdir -p "$work/www"
curl -fs "http://127.0.0.1:$site_port$theme" -o "$work/www/theme.html"
# nginx at its fastest here, so the ratio is against the best a static server does on this machine: one worker
# (two, one per core, did worse: 23-25k req/s against 32-37k, as wrk needs a core of its own), sendfile and an
# open-file cache, as production static serving is set up.
write_nginx_conf "$work" <<CONF
  access_log off;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=16;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    default_type text/html;
  }
CONF
# nginx's workers run as an unprivileged user: let them read the page (mktemp -d makes the folder private).
chmod 755 "$work" && chmod -R a+rX "$work/www"
nginx -c "$work/nginx.conf" -p "$work"
curl -fsS --retry 20 --retry-delay 0 --retry-connrefused "http://127.0.0.1:$nginx_port/theme.html" -o /dev/null

queries="$root/tests/search-quality/queries.tsv"
words="$work/words.txt"
write_words "$words"
# name|url|mix: mix is a queries file for report.lua, "unique" for unique.lua, or empty (the URL as is).
targets=(
  "nginx (theme HTML)|http://127.0.0.1:$nginx_port/theme.html|"
  "home|http://127.0.0.1:$site_port/|"
  "theme page|http://127.0.0.1:$site_port$theme|"
  "question page|http://127.0.0.1:$site_port/questions/does-caffeine-increase-dopamine|"
  "/search (52 queries)|http://127.0.0.1:$site_port/search|$queries"
  "/api/search (52 queries)|http://127.0.0.1:$site_port/api/search|$queries"
  "/api/suggest (prefixes)|http://127.0.0.1:$site_port/api/suggest|$queries"
  "/api/search (unique queries)|http://127.0.0.1:$site_port/api/search|unique"
  "/api/suggest (unique prefixes)|http://127.0.0.1:$site_port/api/suggest|unique"
  "/api/answer (unique questions)|http://127.0.0.1:$site_port/api/answer|unique"
)

# wrk -t1 -c32 for $1 against $2 with mix $3. unique.lua's state file (one per endpoint) carries on from the
# warm-up, so the measurement asks none of the warm-up's queries either.
measure() {
  if [ "$3" = unique ]; then
    WORDS="$words" UNIQUE_STATE="$work/unique-${2##*/}.state" wrk -t1 -c32 -d"$1" -s "$here/unique.lua" "$2"
  else
    QUERIES="$3" wrk -t1 -c32 -d"$1" -s "$here/report.lua" "$2"
  fi
}

echo "== warming up" >&2
for target in "${targets[@]}"; do
  IFS='|' read -r _ url mix <<<"$target"
  measure 2s "$url" "$mix" >/dev/null
done

mkdir -p "$root/artifacts/bench"
json="$root/artifacts/bench/results.json"
# A number in wrk's JSON line: json_num '{"rps":1.5}' rps -> 1.5
json_num() { sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p" <<<"$1"; }
# The median of the numbers given as arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# This machine's speed drifts by a third from one minute to the next (wrk and the server share two cores with
# whatever else runs), so one pass says little: every target is measured in each of $rounds passes, and each
# page's ratio is taken against nginx in the same pass. The table shows medians.
declare -A lines
notes=()
for ((round = 1; round <= rounds; round++)); do
  echo "== round $round of $rounds" >&2
  for i in "${!targets[@]}"; do
    IFS='|' read -r name url mix <<<"${targets[i]}"
    lines[$i,$round]="$(measure "${seconds}s" "$url" "$mix" | grep '^{')"
    if [ "$mix" = unique ]; then
      line="${lines[$i,$round]}"
      notes+=("$name, round $round: $(json_num "$line" queries) queries sent, from $(json_num "$line" query_space) \
possible ($(wc -l <"$words") words); at most $(json_num "$line" repeats_at_most) of them asked before")
    fi
  done
done

printf '%-31s %10s %9s %9s %8s %9s %13s\n' target req/s p50_ms p99_ms non2xx vs_nginx "(range)"
echo "[" >"$json"
for i in "${!targets[@]}"; do
  IFS='|' read -r name url _ <<<"${targets[i]}"
  rps=() p50=() p99=() ratios=() non2xx=0 rounds_json=""
  for ((round = 1; round <= rounds; round++)); do
    line="${lines[$i,$round]}"
    rps+=("$(json_num "$line" rps)")
    p50+=("$(json_num "$line" p50_ms)")
    p99+=("$(json_num "$line" p99_ms)")
    non2xx=$((non2xx + $(json_num "$line" non2xx)))
    ratios+=("$(awk -v a="${rps[-1]}" -v b="$(json_num "${lines[0,$round]}" rps)" 'BEGIN { printf "%.2f", a / b }')")
    rounds_json+="${rounds_json:+,}$line"
  done
  ratio="$(median "${ratios[@]}")"
  range="$(printf '%s\n' "${ratios[@]}" | sort -g | sed -n '1p;$p' | paste -sd-)"
  printf '%-31s %10.1f %9.3f %9.3f %8s %8.2fx %13s\n' "$name" "$(median "${rps[@]}")" "$(median "${p50[@]}")" \
    "$(median "${p99[@]}")" "$non2xx" "$ratio" "($range)"
  printf '%s  {"target":"%s","url":"%s","median_rps":%s,"median_p50_ms":%s,"median_p99_ms":%s,"non2xx":%s,"median_ratio_to_nginx":%s,"rounds":[%s]}' \
    "$([ "$i" -gt 0 ] && echo ",")" "$name" "$url" "$(median "${rps[@]}")" "$(median "${p50[@]}")" "$(median "${p99[@]}")" \
    "$non2xx" "$ratio" "$rounds_json" >>"$json"
  echo >>"$json"
done
echo "]" >>"$json"
echo
for note in "${notes[@]}"; do echo "$note"; done
echo "results: $json" >&2
