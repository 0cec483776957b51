# Sourced by the measurement scripts: publishes the site in Release (as in production: a plain build serves no
# wwwroot outside Development) and starts it on loopback over the bundled content, waiting until it is ready.
# After `start_site PORT`, $site_pid is the process and $site_ready_ms how long it took; the EXIT trap stops it.
# Callers add their own clean-up with `on_exit "command"`.
site_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
site_app="$(mktemp -d)"
site_pid=""
site_cleanup=("rm -rf '$site_app'")
on_exit() { site_cleanup+=("$1"); }
# Last registered, first run: a process stops before the folder it runs from is removed.
trap 'for ((i = ${#site_cleanup[@]} - 1; i >= 0; i--)); do eval "${site_cleanup[i]}" 2>/dev/null || true; done' EXIT

start_site() {
  local port="$1"
  publish_site
  local started
  started=$(date +%s%N)
  # The search rate limit is off: every caller of this script sends far more searches than one reader would.
  ASPNETCORE_ENVIRONMENT=Production Content__Root="$site_root/content" Content__Watch=false \
    Serilog__MinimumLevel__Default=Warning RateLimiting__PermitsPerSecond=0 \
    dotnet "$site_app/Dopamine.Web.dll" --urls "http://127.0.0.1:$port" >"$site_app/site.log" 2>&1 &
  site_pid=$!
  on_exit "kill $site_pid"
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.05; done
  site_ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

# For scripts that run more than one instance, or their own content: publish once, then launch as many instances
# as needed from the same folder. start_site above stays as it is for the single-instance scripts.
# For this machine's runtime, so it is compiled ahead of time (ReadyToRun) as the container image is.
publish_site() {
  [ -f "$site_app/Dopamine.Web.dll" ] || dotnet publish "$site_root/src/Dopamine.Web" -c Release --use-current-runtime \
    --self-contained false -o "$site_app" -v q -nologo >/dev/null
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
