#!/usr/bin/env bash
# Runs Lighthouse (npm) against the browser tests/find-browser.sh finds (as the test command does) on the home page,
# a theme page, a question page and a search results page of the site built in Release, and prints the four category
# scores of each. Installs Chromium and the npm package when missing. Nothing leaves the machine: every host but
# 127.0.0.1 is unresolvable.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${PORT:-5096}"
source "$here/../find-browser.sh"
locate_browser
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --silent)
source "$here/../bench/site.sh"
start_site "$port"
out="$(mktemp -d)"
printf '%-45s %5s %5s %5s %5s\n' page perf a11y bp seo
for path in / /topics/dopamine-release-mechanisms /questions/does-caffeine-increase-dopamine "/search?q=dopamine"; do
  CHROME_PATH="$CHROMIUM_PATH" "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$path" --quiet \
    --output=json --output-path="$out/report.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --host-resolver-rules='MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'" >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const s = k => String(Math.round(c[k].score * 100)).padStart(5);
    console.log(process.argv[2].padEnd(45) + " " + s("performance") + " " + s("accessibility") + " " + s("best-practices") + " " + s("seo"));
    for (const [key, cat] of Object.entries(c)) for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`    ${key}: ${a.id} (${a.displayValue ?? a.score})`);
    }
  ' "$out/report.json" "$path"
done
