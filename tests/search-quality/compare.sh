#!/usr/bin/env bash
# Starts the site (Release, loopback, rate limits as configured) on the bundled content, then prints the
# search-quality figures of the site and of MiniSearch side by side. Installs the npm packages if missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
port="${PORT:-5099}"
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --silent)
# Published output, as in production: a plain build has no wwwroot beside it outside Development.
app="$(mktemp -d)"
dotnet publish "$root/src/Dopamine.Web" -c Release -o "$app" -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Content__Root="$root/content" Serilog__MinimumLevel__Default=Warning \
  dotnet "$app/Dopamine.Web.dll" --urls "http://127.0.0.1:$port" >/dev/null &
site=$!
trap 'kill $site 2>/dev/null || true; rm -rf "$app"' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
node "$here/compare.mjs" "http://127.0.0.1:$port"
