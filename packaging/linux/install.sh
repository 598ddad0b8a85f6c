#!/usr/bin/env bash
# Install (or remove) Newsreader for one user, or under any prefix, from the unpacked release.
#
#   ./install.sh                     install into ~/.local (no root needed)
#   ./install.sh --prefix /opt/nr    install somewhere else (e.g. /usr/local, with sudo)
#   ./install.sh --uninstall         remove what an earlier install put there
#
# Puts the app folder in PREFIX/lib/newsreader, a `newsreader` link in PREFIX/bin, and the
# menu entry, icons and AppStream metadata under PREFIX/share, so the app shows up in the
# desktop's menu and software centre. Your feeds and articles live elsewhere (the per-user
# data folder) and are never touched by this script.
set -euo pipefail

APP_ID=io.github.newsreader.Newsreader
prefix="${PREFIX:-$HOME/.local}"
action=install

usage() { sed -n '2,7s/^# \{0,1\}//p' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$prefix" in /*) ;; *) prefix="$PWD/$prefix" ;; esac

here="$(cd "$(dirname "$0")" && pwd)"
app_dir="$prefix/lib/newsreader"
bin_link="$prefix/bin/newsreader"
share="$prefix/share"
desktop_file="$share/applications/$APP_ID.desktop"
metainfo_file="$share/metainfo/$APP_ID.metainfo.xml"
icon_files() { (cd "$here/share/icons" && find . -type f -name "$APP_ID.*" | sed 's|^\./||'); }

refresh_caches() {
  # Menus and icon themes cache their contents; tell them, where the tools exist.
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
  fi
}

uninstall() {
  # Only remove the link if it is ours, so another `newsreader` in PREFIX/bin survives.
  if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$app_dir/newsreader" ]; then
    rm -f "$bin_link"
  fi
  rm -f "$desktop_file" "$metainfo_file"
  if [ -d "$here/share/icons" ]; then
    while IFS= read -r icon; do rm -f "$share/icons/$icon"; done < <(icon_files)
  else
    find "$share/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
  fi
  case "$app_dir" in */lib/newsreader) rm -rf "$app_dir" ;; esac
  refresh_caches
  echo "Newsreader removed from $prefix (your feeds and articles were kept)."
}

install() {
  [ -x "$here/newsreader" ] && [ -d "$here/_internal" ] || {
    echo "install.sh: run me from the unpacked newsreader folder (newsreader and _internal/ beside me)" >&2
    exit 1
  }
  if [ "$here" = "$app_dir" ]; then
    echo "install.sh: already installed in $app_dir" >&2
    exit 1
  fi
  mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo"
  # Copy into a fresh folder, then swap it in, so a failed copy never leaves half an app.
  rm -rf "$app_dir.new"
  cp -a "$here" "$app_dir.new"
  rm -rf "$app_dir"
  mv "$app_dir.new" "$app_dir"
  ln -sfn "$app_dir/newsreader" "$bin_link"
  # Menus start the app by absolute path: PREFIX/bin is often not on a desktop session's PATH.
  sed "s|^Exec=newsreader|Exec=$app_dir/newsreader|" "$here/share/applications/$APP_ID.desktop" \
    > "$desktop_file"
  cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo_file"
  while IFS= read -r icon; do
    mkdir -p "$(dirname "$share/icons/$icon")"
    cp "$here/share/icons/$icon" "$share/icons/$icon"
  done < <(icon_files)
  refresh_caches
  echo "Newsreader installed in $app_dir"
  echo "Start it from your desktop's menu, or run: $bin_link"
  case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "(add $prefix/bin to PATH to type just 'newsreader')" ;; esac
}

"$action"
