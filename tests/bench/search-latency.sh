#!/usr/bin/env bash
# Measures /api/search and /api/suggest latency on the bundled content at concurrency 8 (Release build,
# loopback). Installs wrk from Debian if missing. Prints p50/p99 for each endpoint.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
port="${PORT:-5098}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# Published output, as in production: a plain build has no wwwroot beside it outside Development.
app="$(mktemp -d)"
dotnet publish "$root/src/Dopamine.Web" -c Release -o "$app" -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Content__Root="$root/content" Serilog__MinimumLevel__Default=Warning \
  dotnet "$app/Dopamine.Web.dll" --urls "http://127.0.0.1:$port" >/dev/null &
site=$!
trap 'kill $site 2>/dev/null || true; rm -rf "$app"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
export QUERIES="$root/tests/search-quality/queries.tsv"
for endpoint in /api/search /api/suggest; do
  wrk -t2 -c8 -d5s -s "$here/queries.lua" "http://127.0.0.1:$port$endpoint" >/dev/null   # warm-up
  echo "== $endpoint (wrk -t2 -c8 -d15s)"
  wrk -t2 -c8 -d15s -s "$here/queries.lua" "http://127.0.0.1:$port$endpoint" | grep -E "Requests/sec|requests|latency"
done
