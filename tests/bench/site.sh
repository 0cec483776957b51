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
  # For this machine's runtime, so it is compiled ahead of time (ReadyToRun) as the container image is.
  dotnet publish "$site_root/src/Dopamine.Web" -c Release --use-current-runtime --self-contained false \
    -o "$site_app" -v q -nologo >/dev/null
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
