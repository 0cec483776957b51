#!/usr/bin/env bash
# The benchmark harness: publishes the site in Release, starts it on loopback, warms it, and measures with wrk
# (-t1 -c32) the home page, a theme page, a question page, /search and /api/search (a mix of the 52 search-
# quality queries) and /api/suggest; then /api/search and /api/suggest again with a query never asked before on
# every request (tests/bench/unique.lua, words of the bundled pages), so the memory of recent answers cannot
# answer and the figure is the cost of a new question. In the same run nginx serves the theme page's exact HTML
# as a static file and is measured the same way. Prints one table with each row's ratio to nginx and writes it
# as JSON to artifacts/bench/results.json. Installs wrk and nginx from Debian when missing.
# Usage: bash tests/bench/run.sh [seconds per measurement, default 10]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-10}"
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
mkdir -p "$work/www" "$work/tmp"
curl -fs "http://127.0.0.1:$site_port$theme" -o "$work/www/theme.html"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    default_type text/html;
  }
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
echo "[" >"$json"
printf '%-31s %10s %9s %9s %8s %9s\n' target req/s p50_ms p99_ms non2xx vs_nginx
nginx_rps=""
first=1
notes=()
# A number in wrk's JSON line: json_num '{"rps":1.5}' rps -> 1.5
json_num() { sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p" <<<"$1"; }
for target in "${targets[@]}"; do
  IFS='|' read -r name url mix <<<"$target"
  line="$(measure "${seconds}s" "$url" "$mix" | grep '^{')"
  rps="$(json_num "$line" rps)"
  [ -z "$nginx_rps" ] && nginx_rps="$rps"
  ratio="$(awk -v a="$rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')"
  p50="$(json_num "$line" p50_ms)"
  p99="$(json_num "$line" p99_ms)"
  non2xx="$(json_num "$line" non2xx)"
  printf '%-31s %10s %9s %9s %8s %9s\n' "$name" "$rps" "$p50" "$p99" "$non2xx" "${ratio}x"
  if [ "$mix" = unique ]; then
    notes+=("$name: $(json_num "$line" queries) queries sent, from $(json_num "$line" query_space) possible \
($(wc -l <"$words") words); at most $(json_num "$line" repeats_at_most) of them asked before")
  fi
  [ $first -eq 1 ] || echo "," >>"$json"
  first=0
  printf '  {"target":"%s","url":"%s",%s,"ratio_to_nginx":%s}' "$name" "$url" "${line#\{}" "$ratio" | sed 's/},"ratio/,"ratio/' >>"$json"
done
printf '\n]\n' >>"$json"
echo
for note in "${notes[@]}"; do echo "$note"; done
echo "results: $json" >&2
