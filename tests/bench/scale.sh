#!/usr/bin/env bash
# Scale benchmark: how start-up, memory, search and live edits grow with the corpus.
# Usage: bash tests/bench/scale.sh [sizes...]          (default: 1000 10000 50000 pages)
# Environment: SECONDS_PER_RUN (wrk duration, default 10), SITE_PORT (5096), SEED (generator seed, 1),
#              READY_TIMEOUT (seconds to wait for the site to be ready, default 600),
#              EDIT_TIMEOUT (seconds to wait for an edit to show, default 300), EDITS (edits in a row, default 3).
# For each size it generates a corpus (tests/bench/generate-corpus.mjs: the real pages plus generated ones),
# starts the published Release site on it with the file watcher on, and measures: process start to /readyz,
# the content load and index build times from the site's "Content load" log line, VmRSS after a warm-up,
# /api/search and /api/suggest at concurrency 16 (wrk -t2 -c16, the search-quality queries via report.lua),
# /api/search the same way with a query never asked before on every request (unique.lua, words of the bundled
# pages: the cost of a search the memory of recent answers cannot answer),
# and how long an edited page takes to show while wrk keeps a light load of pages and searches on the site (the
# first edit after start, and the slowest of the later ones),
# with the non-2xx responses and socket errors wrk saw meanwhile. Prints a markdown table and writes
# artifacts/bench/scale.json. Installs wrk from Debian when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
seconds="${SECONDS_PER_RUN:-10}"
port="${SITE_PORT:-5096}"
seed="${SEED:-1}"
edit_timeout="${EDIT_TIMEOUT:-300}"
queries="$root/tests/search-quality/queries.tsv"
base="http://127.0.0.1:$port"

# The edit test needs the file watcher; a 50k corpus may take minutes to load on a busy machine.
export CONTENT_WATCH=true READY_TIMEOUT="${READY_TIMEOUT:-600}"
# shellcheck source=tests/bench/site.sh source-path=SCRIPTDIR
source "$here/site.sh"
require_tools wrk
work="$(mktemp -d)"
on_exit "rm -rf '$work'"
words="$work/words.txt"
write_words "$words"
load_pids=()
# Clean-ups run last-in, first-out: the load and the site stop before their corpus is removed.
on_exit "stop_site"
on_exit "stop_load"

log() { echo "== $*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# A field of a flat JSON object on one line: json_field '{"a":1}' a -> 1 (numbers and plain strings only).
json_field() { sed -n "s/.*\"$2\":\"\{0,1\}\([^,\"}]*\).*/\1/p" <<<"$1" | head -1; }
# A nested flat object: json_object '{"a":{"b":1}}' a -> {"b":1}
json_object() { sed -n "s/.*\"$2\":\({[^}]*}\).*/\1/p" <<<"$1"; }

# wrk at concurrency 16 against one endpoint with the search-quality queries (or, with unique.lua as $2, a new
# query every request, numbered on from $unique_state: this site's warm-up); prints the script's JSON line.
# --timeout 30s: wrk's default of 2 s would count a slow answer (a busy machine, a big corpus) as a socket
# error and leave it out of the latencies, hiding exactly the tail this measures.
measure() {
  QUERIES="$queries" WORDS="$words" UNIQUE_STATE="$unique_state" timeout $((seconds + 60)) \
    wrk -t2 -c16 --timeout 30s -d"${seconds}s" -s "$here/${2:-report.lua}" "$base$1" | grep '^{'
}

# Stops the background load of the edit test (wrk stops on SIGINT and still prints its report).
stop_load() {
  [ ${#load_pids[@]} -gt 0 ] || return 0
  kill -INT "${load_pids[@]}" 2>/dev/null || true
  wait "${load_pids[@]}" 2>/dev/null || true
  load_pids=()
}

# While wrk keeps a light load on a page and on search, rewrites that page's title on disk $EDITS times (default 3),
# each time polling the page until the new title is served. Sets $edit_ms (the first edit after start: write to
# visible, -1 if it never showed), $edit_later_ms (the slowest of the later edits; the first also pays for compiling
# the reload's code) and $edit_errors (non-2xx responses and socket errors wrk saw meanwhile). Runs in the main
# shell, so the EXIT trap knows its wrk pids.
edit_live() {
  local content="$1" file="$2" url="$base/${2%.md}" marker started n ms edits="${EDITS:-3}"
  edit_ms=-1
  edit_later_ms=""
  edit_errors=0
  wrk -t1 -c2 -d"$((edits * edit_timeout + 60))s" --timeout 30s -s "$here/report.lua" "$url" >"$work/load-page.out" 2>&1 &
  load_pids+=($!)
  QUERIES="$queries" wrk -t1 -c2 -d"$((edits * edit_timeout + 60))s" --timeout 30s -s "$here/report.lua" "$base/api/search" >"$work/load-search.out" 2>&1 &
  load_pids+=($!)
  sleep 2   # let the load settle before the edit
  for ((n = 1; n <= edits; n++)); do
    marker="scaleedit$(date +%s%N)"
    # Written beside the corpus and moved in: the watcher sees one complete file, never a half-written one.
    sed "s/^title: .*/title: 'Edited $marker'/" "$content/$file" >"$work/edit.tmp"
    started=$(now_ms)
    mv "$work/edit.tmp" "$content/$file"
    ms=-1
    while (( $(now_ms) - started < edit_timeout * 1000 )); do
      if curl -fs "$url" | grep -q "$marker"; then ms=$(( $(now_ms) - started )); break; fi
      sleep 0.02
    done
    (( ms >= 0 )) || { echo "   edit $n not visible after ${edit_timeout}s" >&2; break; }
    if (( n == 1 )); then edit_ms=$ms; elif (( ms > ${edit_later_ms:-0} )); then edit_later_ms=$ms; fi
    sleep 1   # apart, so the watcher's debounce never merges two edits
  done
  sleep 1   # a little load after the swap too
  stop_load
  for out in "$work/load-page.out" "$work/load-search.out"; do
    line="$(grep '^{' "$out" || true)"
    if [ -z "$line" ]; then
      echo "   wrk printed no report during the edit test:" >&2 && tail -5 "$out" >&2
      edit_errors=$((edit_errors + 1))
      continue
    fi
    n="$(json_field "$line" non2xx)" && edit_errors=$((edit_errors + ${n:-0}))
    n="$(json_field "$line" socket_errors)" && edit_errors=$((edit_errors + ${n:-0}))
  done
}

# One size: generate, start, measure, stop. Sets $row to one JSON object. Runs in the main shell (never in
# $(...)), so the site it starts is known to the EXIT trap.
run_size() {
  local pages="$1" dir gen edit_file readyz load_line reload_line rss
  dir="$work/corpus-$pages/content"
  log "$pages pages: generating (seed $seed)"
  gen="$(timeout 600 node "$here/generate-corpus.mjs" --pages "$pages" --out "$dir" --seed "$seed")"
  edit_file="$(json_field "$gen" editFile)"
  log "$pages pages: generated in $(json_field "$gen" ms) ms; starting the site"
  if ! CONTENT_ROOT="$dir" start_site "$port"; then
    # Bigger corpora would take longer still: report what was measured and stop.
    log "$pages pages: not ready within ${READY_TIMEOUT}s; skipping this size and any larger"
    stop_site
    not_ready="$pages"
    return 0
  fi
  log "$pages pages: ready after $site_ready_ms ms"
  readyz="$(curl -fs "$base/readyz")"
  load_line="$(grep '"Reason":"load"' "$site_log" | head -1)"

  unique_state="$work/unique-$pages.state"
  # The first searches after a start each run the query (the memory of recent answers is empty): at 50,000 pages
  # one of the 52 reader queries costs about 0.1 s of CPU, so filling it takes longer than a few seconds. The
  # warm-up grows with the corpus, and its first 3 s of searches are reported as the cold start a reader meets.
  local warm=$(( pages / 5000 > 3 ? pages / 5000 : 3 )) cold
  log "$pages pages: warming up (${warm} s per endpoint)"
  QUERIES="" timeout 60 wrk -t2 -c16 -d3s --timeout 30s -s "$here/report.lua" "$base/${edit_file%.md}" >/dev/null
  cold="$(QUERIES="$queries" timeout 60 wrk -t2 -c16 -d3s --timeout 30s -s "$here/report.lua" "$base/api/search" | grep '^{')" || cold=""
  for endpoint in /api/search /api/suggest; do
    QUERIES="$queries" timeout $((warm + 60)) wrk -t2 -c16 -d"${warm}s" --timeout 30s -s "$here/report.lua" "$base$endpoint" >/dev/null
  done
  for endpoint in /api/search /api/answer; do
    WORDS="$words" UNIQUE_STATE="$unique_state-${endpoint##*/}" timeout 60 wrk -t2 -c16 -d3s --timeout 30s -s "$here/unique.lua" \
      "$base$endpoint" >/dev/null
  done
  rss="$(awk '/^VmRSS:/ { print $2 }' "/proc/$site_pid/status")"

  log "$pages pages: /api/search, /api/suggest and uncached /api/search, wrk -t2 -c16 -d${seconds}s"
  local search suggest uncached answer
  search="$(measure /api/search)"
  suggest="$(measure /api/suggest)"
  unique_state="$work/unique-$pages.state-search" uncached="$(measure /api/search unique.lua)"
  unique_state="$work/unique-$pages.state-answer" answer="$(measure /api/answer unique.lua)"
  log "$pages pages: editing $edit_file under load"
  edit_live "$dir" "$edit_file"
  log "$pages pages: first edit visible after $edit_ms ms, later ones after at most ${edit_later_ms:-?} ms, $edit_errors failed requests meanwhile"
  reload_line="$(grep '"Reason":"reload"' "$site_log" | head -1 || true)"
  stop_site
  rm -rf "$work/corpus-$pages"

  # A missing number becomes null, so the JSON stays valid and the gap shows.
  local nums=(
    "$(json_field "$readyz" pages)" "$(json_field "$gen" generated)" "$(json_field "$gen" ms)" "$(json_field "$readyz" diagnostics)"
    "$site_ready_ms" "$(json_field "$load_line" LoadMs)" "$(json_field "$load_line" IndexMs)"
    "$((rss / 1024))" "$edit_ms" "$edit_later_ms" "$edit_errors" "$(json_field "$reload_line" ElapsedMs)")
  for i in "${!nums[@]}"; do nums[i]="${nums[i]:-null}"; done
  row="$(printf '{"pages":%s,"generated":%s,"generate_ms":%s,"diagnostics":%s,"ready_ms":%s,"load_ms":%s,"index_ms":%s,"rss_mb":%s,"edit_live_ms":%s,"edit_live_later_ms":%s,"edit_errors":%s,"reload_ms":%s,"cold_search":%s,"search":%s,"suggest":%s,"uncached_search":%s,"uncached_answer":%s}' \
    "${nums[@]}" "${cold:-null}" "${search:-null}" "${suggest:-null}" "${uncached:-null}" "${answer:-null}")"
}

# A count from a wrk report that may be missing (0 then).
count() { local n; n="$(json_field "$1" "$2")"; echo "${n:-0}"; }
# Seconds with one decimal, from milliseconds.
secs() { awk -v ms="$1" 'BEGIN { if (ms == "") print "?"; else printf "%.1f", ms / 1000 }'; }
round() { awk -v x="$1" 'BEGIN { if (x == "") print "?"; else printf "%.1f", x }'; }

print_table() {
  echo "| pages | ready s | load s | index s | RSS MB | first 3 s of search p99 ms | search p50/p99 ms | search req/s | uncached search p50/p99 ms | uncached answer p50/p99 ms | suggest p50/p99 ms | edit live ms first / later | non-2xx | diagnostics |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  local row cold search suggest uncached answer
  for row in "$@"; do
    cold="$(json_object "$row" cold_search)"
    search="$(json_object "$row" search)"
    suggest="$(json_object "$row" suggest)"
    uncached="$(json_object "$row" uncached_search)"
    answer="$(json_object "$row" uncached_answer)"
    # non-2xx: during the edit, plus any in the search, suggest and uncached search runs (all should be zero).
    printf '| %s | %s | %s | %s | %s | %s | %s / %s | %s | %s / %s | %s / %s | %s / %s | %s / %s | %s | %s |\n' \
      "$(json_field "$row" pages)" "$(secs "$(json_field "$row" ready_ms)")" "$(secs "$(json_field "$row" load_ms)")" \
      "$(secs "$(json_field "$row" index_ms)")" "$(json_field "$row" rss_mb)" "$(round "$(json_field "$cold" p99_ms)")" \
      "$(round "$(json_field "$search" p50_ms)")" "$(round "$(json_field "$search" p99_ms)")" "$(json_field "$search" rps)" \
      "$(round "$(json_field "$uncached" p50_ms)")" "$(round "$(json_field "$uncached" p99_ms)")" \
      "$(round "$(json_field "$answer" p50_ms)")" "$(round "$(json_field "$answer" p99_ms)")" \
      "$(round "$(json_field "$suggest" p50_ms)")" "$(round "$(json_field "$suggest" p99_ms)")" \
      "$(json_field "$row" edit_live_ms)" "$(json_field "$row" edit_live_later_ms)" \
      "$(( $(json_field "$row" edit_errors) + $(json_field "$search" non2xx) + $(json_field "$search" socket_errors) \
          + $(json_field "$suggest" non2xx) + $(json_field "$suggest" socket_errors) \
          + $(json_field "$uncached" non2xx) + $(json_field "$uncached" socket_errors) \
          + $(count "$cold" non2xx) + $(count "$cold" socket_errors) ))" \
      "$(json_field "$row" diagnostics)"
  done
}

# The rows so far as a JSON array: written after every size, so a long run that is stopped keeps its results.
write_json() {
  { echo "["; (IFS=$'\n'; sed '$!s/$/,/' <<<"$*" | sed 's/^/  /'); echo "]"; } >"$json"
}

mkdir -p "$root/artifacts/bench"
json="$root/artifacts/bench/scale.json"
echo "[]" >"$json"   # no stale rows from an earlier run
log "publishing (Release)"
publish_site
rows=()
not_ready=""
for pages in "${sizes[@]}"; do
  run_size "$pages"
  [ -z "$not_ready" ] || break
  rows+=("$row")
  write_json "${rows[@]}"
  print_table "$row" | tail -1 >&2
done

echo
print_table "${rows[@]}"
echo
echo "results: $json" >&2
if [ -n "$not_ready" ]; then echo "stopped: $not_ready pages were not ready within ${READY_TIMEOUT}s" >&2 && exit 1; fi
