#!/usr/bin/env bash
# The Debian packages Newsreader's commands need beyond Python (Debian 12 names).
#   tools/system-deps.sh test      what `make test` needs: Qt's offscreen libraries, fonts,
#                                  a private D-Bus and gnome-keyring for the Secret Service tests
#   tools/system-deps.sh package   what `make package` and `make smoke` need on top of that
# Missing packages are installed when run as root (apt-get); otherwise they are named and the
# script exits 1, so a fresh machine gets one clear line instead of failing tests.
set -euo pipefail

# postgresql (15) and its psql: the sync tests' Miniflux server (tests/support/miniflux.py),
# whose binary is downloaded at test time by tools/miniflux-get.sh.
# postgresql: the sync tests' Miniflux server. xvfb, at-spi2-core and the XCB libraries Qt's
# xcb platform needs: the accessibility test walks the real window over AT-SPI on an X server.
test_pkgs=(python3 python3-venv dbus gnome-keyring libegl1 libgl1 libxkbcommon0 libfontconfig1
           libdbus-1-3 fonts-dejavu-core postgresql postgresql-client-15
           xvfb xauth at-spi2-core libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
           libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
           libxcb-xfixes0 libxcb-xkb1)
# desktop-file-utils, appstream, openssl: packaging/smoke.sh. gcc: packaging/icu_data.py
# rebuilds ICU's data library. xvfb and the X11/XCB client libraries: the smoke test runs the
# frozen app on a real X server with what packaging/linux/host-libraries.txt says a desktop has.
package_pkgs=(desktop-file-utils appstream openssl gcc xvfb xauth
              libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
              libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0
              libxcb-xkb1 libwayland-client0 libwayland-cursor0)

case "${1:-test}" in
  test) wanted=("${test_pkgs[@]}") ;;
  package) wanted=("${test_pkgs[@]}" "${package_pkgs[@]}") ;;
  *) echo "usage: $0 test|package" >&2; exit 2 ;;
esac

if ! command -v dpkg >/dev/null 2>&1; then
  echo "system-deps: not a Debian system; install the equivalents of: ${wanted[*]}" >&2
  exit 0
fi
need=()
for pkg in "${wanted[@]}"; do
  # `dpkg -s` succeeds for a removed package whose config files remain: ask for its status.
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: these Debian packages are missing: ${need[*]}" >&2
  echo "system-deps: install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "system-deps: installing ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
