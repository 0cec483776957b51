#!/usr/bin/env bash
# Measures /api/search and /api/suggest latency on the bundled content at concurrency 8 (Release build,
# loopback). Installs wrk from Debian if missing. Prints p50/p99 for each endpoint.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${PORT:-5098}"
source "$here/site.sh"
require_tools wrk
start_site "$port"
export QUERIES="$here/../search-quality/queries.tsv"
for endpoint in /api/search /api/suggest; do
  wrk -t2 -c8 -d5s -s "$here/report.lua" "http://127.0.0.1:$port$endpoint" >/dev/null   # warm-up
  echo "== $endpoint (wrk -t2 -c8 -d15s)"
  wrk -t2 -c8 -d15s -s "$here/report.lua" "http://127.0.0.1:$port$endpoint" | grep '^{'
done
