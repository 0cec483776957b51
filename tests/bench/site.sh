# shellcheck shell=bash
# Sourced by the measurement scripts: publishes the site in Release (as in production: a plain build serves no
# wwwroot outside Development) and starts it on loopback, waiting until it is ready.
# After `start_site PORT`, $site_pid is the process, $site_ready_ms how long it took from start to a ready
# /readyz, and $site_log its log (compact JSON lines). `stop_site` stops it (the EXIT trap does too), so one
# script can start the site several times; it is published once per script.
# Callers add their own clean-up with `on_exit "command"`.
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

publish_site() {
  [ -n "$site_published" ] && return 0
  dotnet publish "$site_root/src/Dopamine.Web" -c Release -o "$site_app" -v q -nologo >/dev/null
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
