#!/usr/bin/env bash
# The container runs with a read-only root filesystem and a tmpfs on /tmp (README: running several instances).
# There is no Docker engine here, so this simulates it: the published app and a copy of the content are made
# read-only, and the site runs as an unprivileged user (root ignores file modes) with HOME in a read-only folder
# (the image's /home/app is on the read-only root) and TMPDIR in the only writable one. It then requests every
# kind of page, checks each answers as expected, lists what the process wrote, and prints every log line at
# Warning or above. Exits 1 if a request fails or the log holds an error.
# Usage: bash tests/bench/read-only.sh        (env: PORT, default 5131)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-5131}"
user=nobody

source "$here/site.sh"
work="$(mktemp -d)"
on_exit "rm -rf '$work'"

echo "== publishing (Release), then making the app and content read-only" >&2
publish_site
cp -r "$root/content" "$work/content"
mkdir -p "$work/home" "$work/tmp"
# mktemp makes private folders: let the unprivileged user reach the app and content, and write only to tmp.
chmod 755 "$work" "$site_app"
chmod -R a-w,a+rX "$site_app" "$work/content" "$work/home"
chown "$user" "$work/tmp"
# The clean-up removes these folders again: give the owner back write access first (runs before the rm).
on_exit "chmod -R u+w '$site_app' '$work'"

# As in the image: Production, content not watched, logs to stdout. launch_site runs the app; setpriv here.
ASPNETCORE_ENVIRONMENT=Production Content__Root="$work/content" Content__Watch=false RateLimiting__PermitsPerSecond=0 \
  HOME="$work/home" TMPDIR="$work/tmp" \
  setpriv --reuid="$user" --regid=nogroup --clear-groups \
  dotnet "$site_app/Dopamine.Web.dll" --urls "http://127.0.0.1:$port" >"$work/site.log" 2>&1 &
pid=$!
on_exit "kill $pid"
deadline=$((SECONDS + 60))
until curl -fs --max-time 2 "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
  if ((SECONDS >= deadline)) || ! kill -0 "$pid" 2>/dev/null; then
    echo "not ready; log:" >&2; cat "$work/site.log" >&2; exit 1
  fi
  sleep 0.2
done

failed=0
css="$(curl -fs --max-time 10 "http://127.0.0.1:$port/" | grep -o '/css/[^"]*\.css' | head -n 1)"
for want in "200 /" "200 /topics/dopamine-release-mechanisms" "200 /questions/what-is-dopamine" "200 /search?q=coffee" \
  "200 /api/search?q=craving" "200 /api/suggest?q=dop" "200 /glossary" "200 /sitemap.xml" "200 /feed.xml" \
  "200 $css" "404 /questions/no-such-page" "200 /healthz"; do
  expected="${want%% *}" path="${want#* }"
  got="$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$port$path")"
  printf '%s %s\n' "$got" "$path"
  [ "$got" = "$expected" ] || failed=1
done

echo "== written by the site (TMPDIR, HOME):"
find "$work/tmp" "$work/home" -mindepth 1 | sed "s|$work/||" || true
echo "== log lines at Warning or above:"
grep -E '"@l":"(Warning|Error|Fatal)"|fail:|warn:|Unhandled' "$work/site.log" || echo "(none)"
grep -qE '"@l":"(Error|Fatal)"|Unhandled' "$work/site.log" && failed=1
if ((failed)); then echo "FAIL"; exit 1; fi
echo "PASS"
