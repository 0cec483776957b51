#!/usr/bin/env bash
# Finds the Chromium-family browser the browser tests drive and exports it as CHROMIUM_PATH (which
# tests/Dopamine.Browser.Tests launches). tests/test.sh sources this file and calls locate_browser; run alone, it
# prints the path it found.
# Order: CHROMIUM_PATH if set (and then nothing else: a wrong explicit choice fails rather than being swapped for
# another browser), else chromium, chromium-browser, google-chrome on PATH. A candidate counts only when its
# `--version` names Chromium or Chrome: on Ubuntu, chromium and chromium-browser are stubs that ask for a snap.
# When none is found, Debian's chromium package is installed, through sudo when not root (as on a GitHub runner).

# Where Debian's package puts it, whatever PATH holds.
debian_chromium=/usr/bin/chromium

# browser_works PATH: true when PATH runs and says it is Chromium or Chrome.
browser_works() {
  local version
  version="$(timeout 30 "$1" --version 2>/dev/null)" || return 1
  [[ "$version" == *Chromium* || "$version" == *Chrome* ]]
}

# find_browser: prints the first working browser, or fails.
find_browser() {
  local name path
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    browser_works "$CHROMIUM_PATH" && { echo "$CHROMIUM_PATH"; return 0; }
    echo "CHROMIUM_PATH=$CHROMIUM_PATH does not run as Chromium or Chrome" >&2
    return 1
  fi
  for name in chromium chromium-browser google-chrome; do
    path="$(command -v "$name")" || continue
    browser_works "$path" && { echo "$path"; return 0; }
  done
  return 1
}

# install_browser: Debian's chromium with apt-get; sudo -n when not root (never a password prompt: CI has no terminal).
install_browser() {
  local as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "no browser found and not root without sudo: install chromium or set CHROMIUM_PATH" >&2; return 1; }
    as_root=(sudo -n)
  fi
  echo "== installing Chromium (Debian package) for the browser tests${as_root:+ (with sudo)}" >&2
  "${as_root[@]}" apt-get update -qq || return 1
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || return 1
  browser_works "$debian_chromium"
}

# locate_browser: finds (installing only when nothing was named and nothing is found) and exports CHROMIUM_PATH.
locate_browser() {
  local found
  if ! found="$(find_browser)"; then
    [ -z "${CHROMIUM_PATH:-}" ] && install_browser && found="$debian_chromium" || {
      echo "no Chromium or Chrome for the browser tests" >&2
      return 1
    }
  fi
  export CHROMIUM_PATH="$found"
  echo "== browser: $CHROMIUM_PATH ($(timeout 30 "$CHROMIUM_PATH" --version 2>/dev/null))" >&2
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  locate_browser
  echo "$CHROMIUM_PATH"
fi
