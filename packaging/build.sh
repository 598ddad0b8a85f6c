#!/usr/bin/env bash
# Build the Linux release: dist/newsreader/ (one-folder app + desktop integration) and
# dist/newsreader-<version>-linux-x86_64.tar.gz. Called by `make package`; run from anywhere.
#
#   PYINSTALLER=path/to/pyinstaller packaging/build.sh    (default: .venv/bin/pyinstaller)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
APP_ID=io.github.newsreader.Newsreader
pyinstaller="${PYINSTALLER:-$root/.venv/bin/pyinstaller}"
[ -x "$pyinstaller" ] || { echo "build.sh: $pyinstaller not found (run make venv)" >&2; exit 1; }

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' newsreader/__init__.py)"
[ -n "$version" ] || { echo "build.sh: no __version__ in newsreader/__init__.py" >&2; exit 1; }
# Software centres show the newest <release>; a package whose metadata names another version
# would lie to its users.
grep -q "<release version=\"$version\"" "packaging/linux/$APP_ID.metainfo.xml" || {
  echo "build.sh: packaging/linux/$APP_ID.metainfo.xml has no <release version=\"$version\">" >&2
  exit 1
}
arch="$(uname -m)"
archive="dist/newsreader-$version-linux-$arch.tar.gz"

echo "build.sh: building newsreader $version with PyInstaller (takes a few minutes)"
rm -rf dist/newsreader "$archive"
"$pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/newsreader.spec

app=dist/newsreader
# Desktop integration travels inside the app folder, where install.sh expects it.
install -m 755 packaging/linux/install.sh "$app/install.sh"
install -D -m 644 "packaging/linux/$APP_ID.desktop" "$app/share/applications/$APP_ID.desktop"
install -D -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$app/share/metainfo/$APP_ID.metainfo.xml"
(cd packaging/linux/icons && find hicolor -type f -name "$APP_ID.png") | while IFS= read -r icon; do
  install -D -m 644 "packaging/linux/icons/$icon" "$app/share/icons/$icon"
done
install -D -m 644 resources/icons/newsreader.svg "$app/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cat > "$app/README.txt" <<EOF
Newsreader $version for Linux ($arch)

Install for your user (menu entry, icons; no root needed):   ./install.sh
Install elsewhere:                                            ./install.sh --prefix /usr/local
Remove again:                                                 ./install.sh --uninstall
Or run it in place without installing:                        ./newsreader
Command line help:                                            ./newsreader --help
EOF

# Stable order and owners, so two builds of the same tree give the same archive listing.
tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -czf "$archive" newsreader

echo "build.sh: unpacked $(du -sh "$app" | cut -f1), archive $(du -h "$archive" | cut -f1): $archive"
