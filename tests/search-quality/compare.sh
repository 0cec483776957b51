#!/usr/bin/env bash
# Starts the site (Release, loopback, rate limits as configured) on the bundled content, then prints the
# search-quality figures of the site and of MiniSearch side by side. Installs the npm packages if missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${PORT:-5099}"
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --silent)
source "$here/../bench/site.sh"
start_site "$port"
node "$here/compare.mjs" "http://127.0.0.1:$port"
