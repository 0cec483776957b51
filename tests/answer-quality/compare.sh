#!/usr/bin/env bash
# Starts the site (Release, loopback, rate limits off, as tests/bench/site.sh does) on the bundled content, checks
# that every anchor in questions.tsv exists on its page, then prints the answer-quality figures of the site's
# /api/answer beside MiniSearch and lunr over the same passages (peers only while /api/answer answers 404).
# Installs the npm packages if missing. Extra arguments go to compare.mjs (e.g. --misses=tune).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${PORT:-5098}"
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --silent)
source "$here/../bench/site.sh"
start_site "$port"
node "$here/check-anchors.mjs" "http://127.0.0.1:$port" ||
  echo "WARNING: questions.tsv does not match the site (above); figures below count those rows as misses" >&2
node "$here/compare.mjs" "http://127.0.0.1:$port" "$@"
