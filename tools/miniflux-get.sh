#!/usr/bin/env bash
# Download and unpack the miniflux binary of one Debian suite, for the sync tests.
#   tools/miniflux-get.sh SUITE [DEST]
# SUITE is trixie (2.2.6) or forky (2.3.x; sid is tried when forky fails). DEST defaults to
# ${XDG_CACHE_HOME:-$HOME/.cache}/newsreader-tests/miniflux/<suite>/. The binary ends up at
# DEST/usr/bin/miniflux and its path is printed on stdout. Nothing is done when it is already
# there. The system's apt state is never touched: apt runs with a private sources list, lists
# and cache under DEST, against the mirror named in /etc/apt/sources.list.d/debian.sources.
set -euo pipefail

suite=${1:?usage: $0 trixie|forky|sid [DEST]}
dest=${2:-${XDG_CACHE_HOME:-$HOME/.cache}/newsreader-tests/miniflux/$suite}
bin="$dest/usr/bin/miniflux"

if [ -x "$bin" ] && "$bin" -version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi

mirror=""
src=/etc/apt/sources.list.d/debian.sources
if [ -r "$src" ]; then
  mirror=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' "$src")
fi
if [ -z "$mirror" ] && [ -r /etc/apt/sources.list ]; then
  mirror=$(awk '$1 == "deb" && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list)
fi
mirror=${mirror:-http://deb.debian.org/debian}

fetch() {  # fetch SUITE: apt in a private state directory, then unpack into $dest
  local s=$1 work
  work=$(mktemp -d "${TMPDIR:-/tmp}/miniflux-get.XXXXXX")
  trap 'rm -rf "$work"' RETURN
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/etc/preferences.d" \
           "$work/etc/sources.list.d" "$work/deb"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $s main" \
    > "$work/etc/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$work/etc/sources.list"
              -o "Dir::Etc::SourceParts=$work/etc/sources.list.d"
              -o "Dir::Etc::Preferences=$work/etc/preferences"
              -o "Dir::Etc::PreferencesParts=$work/etc/preferences.d"
              -o "Dir::State::Lists=$work/lists"
              -o "Dir::State::status=/dev/null"
              -o "Dir::Cache=$work/cache"
              -o "APT::Get::List-Cleanup=0"
              -o "Debug::NoLocking=1"
              -o "Acquire::Languages=none"
              -o "APT::Sandbox::User=root")
  echo "miniflux-get: fetching miniflux from $mirror $s" >&2
  apt-get -qq "${opts[@]}" update >&2 || return 1
  (cd "$work/deb" && apt-get -qq "${opts[@]}" download miniflux >&2) || return 1
  local deb
  deb=$(ls "$work"/deb/miniflux_*.deb 2>/dev/null | head -n 1)
  [ -n "$deb" ] || return 1
  # Unpack beside the destination, then move into place, so a half-done unpack never counts.
  local tmp="$dest.partial.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  dpkg-deb -x "$deb" "$tmp" || { rm -rf "$tmp"; return 1; }
  "$tmp/usr/bin/miniflux" -version >/dev/null 2>&1 || { rm -rf "$tmp"; return 1; }
  # Only usr/ is replaced: DEST also holds the test fixture's cached clusters. A concurrent
  # run that got there first wins, and its binary (maybe in use) is left alone.
  mkdir -p "$dest"
  if ! [ -x "$bin" ] || ! "$bin" -version >/dev/null 2>&1; then
    rm -rf "$dest/usr"
    mv "$tmp/usr" "$dest/usr"
  fi
  rm -rf "$tmp"
}

if ! fetch "$suite"; then
  if [ "$suite" = forky ]; then
    echo "miniflux-get: forky failed, trying sid" >&2
    fetch sid || { echo "miniflux-get: could not download miniflux from forky or sid" >&2; exit 1; }
  else
    echo "miniflux-get: could not download miniflux from $suite" >&2
    exit 1
  fi
fi
echo "$bin"
