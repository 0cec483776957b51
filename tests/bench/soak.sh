#!/usr/bin/env bash
# Soak test: the published Release site under mixed traffic at concurrency 64 while its content changes.
# Publishes the site, starts it on a copy of content/ with the watcher on, warms it up, then runs wrk for the
# duration (home, themes, questions, /search, /api/search, /api/suggest and 5% deliberately missing addresses)
# while a background loop edits one page every 10 s and checks whether each edit is on the page before the next.
# Prints requests, req/s, p50/p99/max latency, 5xx, unexpected non-2xx, socket errors, edits applied and live,
# and RSS (sampled every 5 s; growth is the median of the last minute against the median of the first, since one
# sample moves by ±10 MB with the GC's working room); writes the same as JSON to artifacts/bench/soak.json and keeps
# the site's log in artifacts/bench/soak-site.log.
# Exits 1 on any 5xx, unexpected non-2xx, socket error, RSS growth over 10%, or if the last edit is still not live
# a minute after the load stops. Edits that lag behind the load are reported (and warned about), not failed: on a
# saturated machine a reload gets only its share of the CPU, so how late it is measures the machine as much as us.
# Usage: bash tests/bench/soak.sh [seconds, default 300]   (env: SOAK_PORT, SOAK_WARMUP seconds, default 60)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-300}"
port="${SOAK_PORT:-5111}"
warmup="${SOAK_WARMUP:-60}"
connections=64
edit_every=10        # seconds between content edits
rss_every=5          # seconds between RSS samples
# RSS growth compares the median of the first and of the last minute (half the run if shorter).
rss_window=$((seconds / 2 < 60 ? seconds / 2 : 60))
settle_timeout=60    # seconds the last edit may take to appear once the load has stopped
# wrk counts a response slower than this as a timeout (a socket error). wrk's default of 2 s is shorter than the
# slowest searches under c=64 on two cores shared with wrk itself; 10 s is what a proxy would still wait.
request_timeout=10s

source "$here/site.sh"
require_tools wrk
work="$(mktemp -d)"
on_exit "rm -rf '$work'"
mkdir -p "$root/artifacts/bench"
# Kept for reading after the run; runs before the folder is removed (clean-ups run last-in, first-out).
on_exit "cp '$work/site.log' '$root/artifacts/bench/soak-site.log'"

edited_file="$work/content/questions/what-is-dopamine.md"
edited_url="http://127.0.0.1:$port/questions/what-is-dopamine"
original_title="What is dopamine?"

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# median: of the numbers on standard input, one a line (the lower middle one of an even count).
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
# field NAME JSON: one number from a JSON line.
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([0-9.]*\).*/\1/p" <<<"$2"; }

# page_has URL TEXT: the body is read whole first; `curl | grep -q` would fail under pipefail when grep stops early.
page_has() {
  local body
  body="$(curl -fs --max-time 5 "$1")" && grep -qF "$2" <<<"$body"
}

# Every path of a theme or question page, for the Lua script to choose from.
page_paths() {
  local file folder
  for file in "$root"/content/topics/*.md "$root"/content/questions/*.md; do
    folder="${file%/*}"
    printf '/%s/%s ' "${folder##*/}" "$(basename "$file" .md)"
  done
}

# Writes revision N of the edited page: odd revisions change the title, even ones add a sentence to the body, so
# every edit changes the page and stays valid content. The file is written beside the content folder and renamed
# into place, as editors do, so the watcher never reads half a file. Prints the text that proves it is live.
write_revision() {
  local n="$1" tmp="$work/edit.tmp"
  if ((n % 2)); then
    sed "s/^title: .*/title: $original_title (revision $n)/" "$work/original.md" >"$tmp"
    echo "$original_title (revision $n)"
  else
    { cat "$work/original.md"; printf '\nSoak revision %d: this sentence changes with every edit.\n' "$n"; } >"$tmp"
    echo "Soak revision $n:"
  fi
  mv "$tmp" "$edited_file"
}

# Until the deadline, on a fixed clock: an edit every $edit_every s, each polled until its text is on the page or
# the next edit is due. One line per edit in edits.log, "N live MS" or "N late"; the last marker in last-marker.
edit_loop() {
  local start="$SECONDS" deadline="$1" n=0 marker started live wait
  while ((start + (n + 1) * edit_every <= deadline)); do
    n=$((n + 1))
    # A check that ran past the next tick (a slow response) makes this edit due at once, not a negative sleep.
    wait=$((start + n * edit_every - SECONDS))
    ((wait <= 0)) || sleep "$wait"
    started="$(now_ms)"
    marker="$(write_revision "$n")"
    echo "$marker" >"$work/last-marker"
    live=""
    while ((SECONDS < start + (n + 1) * edit_every - 1)); do
      if page_has "$edited_url" "$marker"; then live=1; break; fi
      sleep 0.2
    done
    if [ -n "$live" ]; then echo "$n live $(($(now_ms) - started))"; else echo "$n late"; fi >>"$work/edits.log"
  done
}

# Until the deadline: the site's RSS every $rss_every s, as "seconds-since-start kB" lines in rss.log.
sample_rss() {
  local start="$SECONDS"
  while ((SECONDS < $1)); do
    echo "$((SECONDS - start)) $(rss_kb "$site_pid")" >>"$work/rss.log"
    sleep "$rss_every"
  done
}

cp -r "$root/content" "$work/content"
cp "$edited_file" "$work/original.md"
: >"$work/edits.log"
: >"$work/rss.log"

echo "== publishing (Release) and starting on a copy of content/ with the watcher on" >&2
publish_site
# Warnings and errors as usual, plus our own Information lines: the store logs one per load and reload (pages,
# diagnostics, version, ms), which shows how long reloads take under load.
export Serilog__MinimumLevel__Override__Dopamine=Information
CONTENT_ROOT="$work/content" CONTENT_WATCH=true launch_site "$port" "$work/site.log"
site_pid="$launched_pid"
page_has "$edited_url" "$original_title" || { echo "the page to edit is not served" >&2; exit 1; }

export PAGES QUERIES="$root/tests/search-quality/queries.tsv"
PAGES="$(page_paths)"
wrk_run() {
  wrk -t2 -c"$connections" -d"${1}s" --timeout "$request_timeout" -s "$here/soak.lua" "http://127.0.0.1:$port"
}

# The baseline is taken after a real warm-up with the same mix, edits included, not after a few requests: the JIT
# (tiered compilation), Lucene's caches and above all the server GC's heap keep growing for tens of seconds, and
# through the first reloads, before they settle; an earlier RSS would be below steady state and any run would
# look like a leak. The warm-up's edits are not counted below.
echo "== warming up for ${warmup} s with the same mix and an edit every ${edit_every} s" >&2
edit_loop $((SECONDS + warmup)) &
warmup_editor=$!
wrk_run "$warmup" >/dev/null
wait "$warmup_editor" || true
: >"$work/edits.log"
: >"$work/rss.log"

echo "== soak: ${seconds} s at c=$connections, an edit of ${edited_file#"$work/"} every ${edit_every} s" >&2
edit_loop $((SECONDS + seconds)) &
editor_pid=$!
on_exit "kill $editor_pid"
sample_rss $((SECONDS + seconds)) &
sampler_pid=$!
on_exit "kill $sampler_pid"
line="$(wrk_run "$seconds" | grep '^{')"
# The loops end by themselves at the deadline; the timeout only guards against a hung check.
timeout $((2 * edit_every + 5)) tail --pid="$editor_pid" -f /dev/null || kill "$editor_pid"
wait "$sampler_pid" || true
rss_start="$(awk -v w="$rss_window" '$1 < w { print $2 }' "$work/rss.log" | median)"
rss_end="$(awk -v w="$rss_window" -v s="$seconds" '$1 >= s - w { print $2 }' "$work/rss.log" | median)"

# Edits that lagged behind the load must still arrive once it stops: the last one, within a minute.
echo "== load stopped; waiting up to ${settle_timeout} s for the last edit" >&2
settle_started="$(now_ms)"
settled_ms=-1
if [ -s "$work/last-marker" ]; then
  until page_has "$edited_url" "$(cat "$work/last-marker")"; do
    (($(now_ms) - settle_started < settle_timeout * 1000)) || break
    sleep 0.2
  done
  page_has "$edited_url" "$(cat "$work/last-marker")" && settled_ms=$(($(now_ms) - settle_started))
fi
diagnostics="$(curl -fs --max-time 5 "http://127.0.0.1:$port/readyz" | sed -n 's/.*"diagnostics":\([0-9]*\).*/\1/p')"

edits="$(wc -l <"$work/edits.log")"
live="$(grep -c ' live ' "$work/edits.log" || true)"
live_ms_max="$(awk '$2 == "live" { if ($3 > m) m = $3 } END { print m + 0 }' "$work/edits.log")"
reloads="$(grep -c '"Reason":"reload"' "$work/site.log" || true)"
reload_ms_max="$(grep -o '"Reason":"reload".*"ElapsedMs":[0-9.]*' "$work/site.log" | sed 's/.*://' | sort -n | tail -n 1)"
rss_max="$(awk '{ print $2 }' "$work/rss.log" | sort -n | tail -n 1)"
rss_change="$(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')"
socket_errors=$(($(field connect "$line") + $(field read "$line") + $(field write "$line") + $(field timeout "$line")))
fivexx="$(field status_5xx "$line")"
unexpected="$(field unexpected_non2xx "$line")"

printf '%-42s %s\n' \
  "requests" "$(field requests "$line")" \
  "req/s" "$(field rps "$line")" \
  "latency p50 / p99 / max (ms)" "$(field p50_ms "$line") / $(field p99_ms "$line") / $(field max_ms "$line")" \
  "5xx" "$fivexx" \
  "unexpected non-2xx/3xx (5xx included)" "$unexpected" \
  "intended 404s" "$(field expected_404 "$line")" \
  "socket errors connect/read/write/timeout" "$(field connect "$line")/$(field read "$line")/$(field write "$line")/$(field timeout "$line")" \
  "edits applied / live within ${edit_every} s (slowest ms)" "$edits / $live ($live_ms_max)" \
  "reloads logged (slowest ms)" "$reloads (${reload_ms_max:-none})" \
  "last edit live after load stopped (ms)" "$settled_ms" \
  "diagnostics at the end" "${diagnostics:-?}" \
  "RSS median, first / last ${rss_window} s; max (MB)" "$((rss_start / 1024)) / $((rss_end / 1024)); $((rss_max / 1024))" \
  "RSS change of the medians (target within 10%)" "${rss_change}%"

cat >"$root/artifacts/bench/soak.json" <<JSON
{"seconds":$seconds,"warmup_seconds":$warmup,"connections":$connections,"wrk":${line},
 "edits":{"applied":$edits,"live_within_interval":$live,"slowest_live_ms":$live_ms_max,"reloads":$reloads,
  "slowest_reload_ms":${reload_ms_max:-null},"last_live_after_load_ms":$settled_ms,"diagnostics_at_end":${diagnostics:-null}},
 "rss_kb":{"window_seconds":$rss_window,"first_median":$rss_start,"last_median":$rss_end,"max":$rss_max,
  "change_percent":$rss_change,"every_${rss_every}s":[$(awk '{ print $2 }' "$work/rss.log" | paste -sd,)]}}
JSON
echo "results: $root/artifacts/bench/soak.json" >&2

((live == edits)) || echo "WARN: $((edits - live)) of $edits edits were not live before the next one (see reload times)"
failures=()
((fivexx == 0)) || failures+=("$fivexx responses with 5xx")
((unexpected == 0)) || failures+=("$unexpected unexpected non-2xx (first: $(field first_unexpected_status "$line"))")
((socket_errors == 0)) || failures+=("$socket_errors socket errors")
((edits > 0 && settled_ms >= 0)) || failures+=("the last edit was not live ${settle_timeout} s after the load stopped")
[ "${diagnostics:-x}" = 0 ] || failures+=("the edited content has diagnostics (${diagnostics:-no /readyz})")
awk -v c="$rss_change" 'BEGIN { exit !(c <= 10) }' || failures+=("RSS grew ${rss_change}%")
if ((${#failures[@]})); then
  printf 'FAIL: %s\n' "${failures[@]}"
  exit 1
fi
echo "PASS"
