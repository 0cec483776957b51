#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: restore, build, every test project. The browser tests drive the
# Chromium or Chrome that tests/find-browser.sh finds (CHROMIUM_PATH, else on PATH, else Debian's, installed with
# apt-get, through sudo when not root). Ends with one line "N passed, N failed" summed over all test projects (read
# from their TRX reports).
set -euo pipefail
cd "$(dirname "$0")/.."

source tests/find-browser.sh
locate_browser

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

echo "== format check"
dotnet format Dopamine.sln --verify-no-changes --verbosity quiet

echo "== tests"
status=0
dotnet test Dopamine.sln --logger "trx" --results-directory "$results" || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed before every test could report (build error or crashed test host)"
fi
echo "$passed passed, $failed failed"
exit "$status"
