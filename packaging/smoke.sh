#!/usr/bin/env bash
# Smoke test of the release archive, as a user gets it: unpack into an empty folder and run the
# frozen app with a bare environment (no project Python, no venv on PATH). Called by
# `make smoke` and .ci/run after `make package`.
#
# Checks: the desktop file and AppStream metadata validate; the bundle needs no library beyond
# packaging/linux/host-libraries.txt and every dependency resolves on this machine; --version;
# the CA bundle is inside the app and loads; Qt's ICU services work on the trimmed ICU data; add/refresh/articles against feeds on 127.0.0.1; HTTPS verifies against
# the bundled CA file (a certificate outside it is refused, the same one inside it is
# accepted); a keyring round trip through a real Secret Service (gnome-keyring on a private
# D-Bus); --self-test offscreen, then on a real X server (Xvfb) through Qt's xcb plugin and the
# host's X11 libraries. Needs: desktop-file-validate, appstreamcli, dbus-run-session,
# gnome-keyring-daemon, openssl, xvfb-run and the system's python3 (for the feed server and the
# ELF check only; the app itself runs on its own interpreter).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
APP_ID=io.github.newsreader.Newsreader
SYS_PYTHON=/usr/bin/python3
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/newsreader/__init__.py")"
archive="$root/dist/newsreader-$version-linux-$(uname -m).tar.gz"

step() { printf '\n== smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }

[ -f "$archive" ] || fail "$archive is missing (run make package first)"
for tool in desktop-file-validate appstreamcli dbus-run-session gnome-keyring-daemon openssl xvfb-run "$SYS_PYTHON"; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (Debian: desktop-file-utils appstream dbus gnome-keyring openssl xvfb python3)"
done

tmp="$(mktemp -d /tmp/newsreader-smoke.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

step "unpack $(basename "$archive") into an empty folder"
mkdir "$tmp/unpacked" "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
tar -xzf "$archive" -C "$tmp/unpacked"
app="$tmp/unpacked/newsreader"
[ -x "$app/newsreader" ] || fail "the archive has no newsreader/newsreader executable"
echo "unpacked size: $(du -sh "$app" | cut -f1); archive size: $(du -h "$archive" | cut -f1)"

# Every binary must resolve inside the bundle or the OS, never in a build tree.
if find "$app" -name '*.so*' -type f -exec ldd {} + 2>/dev/null | grep -E '\.venv|pyenv|/work/' ; then
  fail "bundled libraries link to the build machine's Python"
fi

step "libraries from the host system: only the documented ones, all present here"
"$SYS_PYTHON" "$root/packaging/host_libs.py" "$app" || fail "the bundle needs libraries it neither carries nor documents"
missing="$(find "$app" \( -name '*.so*' -o -name newsreader \) -type f -exec ldd {} + 2>/dev/null | grep 'not found' | sort -u || true)"
[ -z "$missing" ] || fail "unresolved libraries on this machine: $missing"
echo "every bundled binary resolves"
# Passwords go through our own Secret Service client (jeepney + the libcrypto Python's ssl
# already loads); keyring's backend and the 11 MB cryptography package must stay out.
for unwanted in cryptography secretstorage _cffi_backend; do
  if find "$app" -name "$unwanted*" | grep -q .; then fail "$unwanted is in the bundle"; fi
done

# The bare environment a desktop launcher gives: no venv, no PYTHONPATH, only system folders.
# Each run is bounded: a hung app must fail the smoke test, not stall CI.
bare() {
  timeout 120 env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$tmp/run" \
    QT_QPA_PLATFORM=offscreen "$app/newsreader" "$@"
}
nr() { bare --profile "$tmp/profile" "$@"; }
json() {  # json 'python expression over d' < JSON  -> prints the value (system python3)
  "$SYS_PYTHON" -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"
}

step "desktop integration files validate"
desktop-file-validate "$app/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$app/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 32 48 64 128 256 512; do
  [ -s "$app/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] || fail "no ${size}px icon"
done
[ -s "$app/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "no scalable icon"

step "install.sh puts the app in the menu; --uninstall takes it out again"
prefix="$tmp/prefix"
env -i PATH=/usr/bin:/bin HOME="$tmp/home" "$app/install.sh" --prefix "$prefix"
installed_desktop="$prefix/share/applications/$APP_ID.desktop"
desktop-file-validate "$installed_desktop"
grep -qx "Exec=$prefix/lib/newsreader/newsreader" "$installed_desktop" || fail "installed Exec= is not absolute"
[ -s "$prefix/share/icons/hicolor/48x48/apps/$APP_ID.png" ] || fail "icons not installed"
[ -s "$prefix/share/metainfo/$APP_ID.metainfo.xml" ] || fail "metainfo not installed"
[ "$(env -i PATH=/usr/bin:/bin HOME="$tmp/home" "$prefix/bin/newsreader" --version)" = "newsreader $version" ] \
  || fail "the installed command does not run"
env -i PATH=/usr/bin:/bin HOME="$tmp/home" "$prefix/lib/newsreader/install.sh" --prefix "$prefix" --uninstall
# The desktop's shared caches (mimeinfo.cache, icon-theme.cache) stay; nothing of ours may.
left="$(find "$prefix" \( -type f -o -type l \) ! -name '*.cache')"
[ -z "$left" ] || fail "uninstall left files behind: $left"

step "--version"
out="$(nr --version)"
[ "$out" = "newsreader $version" ] || fail "--version printed '$out'"
echo "$out"

step "bundle report: CA bundle, TLS, resources"
bare --bundle-report > "$tmp/report.json"
cat "$tmp/report.json"
[ "$(json 'd["frozen"] and d["ca_bundle_exists"] and d["ca_bundle_inside_app"]' < "$tmp/report.json")" = True ] \
  || fail "certifi's CA bundle is not inside the app"
[ "$(json 'd["ca_certificates_loaded"] > 100' < "$tmp/report.json")" = True ] || fail "the CA bundle did not load"
[ "$(json 'd["requests_default_ca_bundle"] == d["certifi_where"]' < "$tmp/report.json")" = True ] \
  || fail "requests does not use certifi's bundle"
# The trimmed ICU data (packaging/icu_data.py) must still serve everything Qt asks of it.
[ "$(json 'd["qt_icu"]["failed"] == [] and len(d["qt_icu"]["passed"]) > 40' < "$tmp/report.json")" = True ] \
  || fail "Qt's ICU services fail on the trimmed ICU data: $(json 'd["qt_icu"]["failed"]' < "$tmp/report.json")"
echo "ICU: $(json 'len(d["qt_icu"]["passed"])' < "$tmp/report.json") encoding/collation/zone-name/case checks pass"
ca_file="$(json 'd["certifi_where"]' < "$tmp/report.json")"
resources="$(json 'd["resources_dir"]' < "$tmp/report.json")"
# Every file of the repository's resources/ (icons, default subscriptions) is in the bundle.
(cd "$root/resources" && find . -type f) | while IFS= read -r file; do
  cmp -s "$root/resources/$file" "$resources/$file" || fail "resources/${file#./} is missing or stale in the bundle"
done || exit 1

step "start the feed server (system python3) on 127.0.0.1"
mkdir -p "$tmp/www/private" "$tmp/tls"
now="$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S +0000')"
rss() {  # rss TITLE PREFIX -> an RSS 2.0 feed with three items
  printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>%s</title><link>http://127.0.0.1/</link><description>smoke</description>\n' "$1"
  for n in 1 2 3; do
    printf '<item><title>%s story %s</title><link>http://127.0.0.1/%s/%s</link><guid>%s-%s</guid><pubDate>%s</pubDate><description>&lt;p&gt;Body of %s story %s.&lt;/p&gt;</description></item>\n' \
      "$1" "$n" "$2" "$n" "$2" "$n" "$now" "$1" "$n"
  done
  printf '</channel></rss>\n'
}
rss "World" world > "$tmp/www/world.rss"
rss "Tech" tech > "$tmp/www/tech.rss"
rss "Members" members > "$tmp/www/private/members.rss"
# A private CA and a server certificate for 127.0.0.1 signed by it.
(
  cd "$tmp/tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Newsreader smoke CA" \
    -keyout ca.key -out ca.pem -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' > ext.cnf
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -extfile ext.cnf -out server.pem 2>/dev/null
)
"$SYS_PYTHON" "$root/packaging/smoke_server.py" "$tmp/www" "reader:s3cret-pass" \
  "$tmp/tls/server.pem" "$tmp/tls/server.key" > "$tmp/ports" 2> "$tmp/server.log" &
server_pid=$!
for _ in $(seq 50); do [ -s "$tmp/ports" ] && break; sleep 0.1; done
read -r http_part https_part < "$tmp/ports" || fail "the feed server did not start: $(cat "$tmp/server.log")"
http="http://127.0.0.1:${http_part#http=}"
https="https://127.0.0.1:${https_part#https=}"
echo "serving $http and $https"

step "add / refresh / articles over HTTP"
# `add` stores a feed's first articles at once (issue 15); the refresh after it finds them
# unchanged and must neither fail nor store them twice.
nr add "$http/world.rss" --section "World/Europe" | tee "$tmp/add.txt"
nr add "$http/tech.rss" --section Tech | tee -a "$tmp/add.txt"
[ "$(grep -c 'Stored 3 articles' "$tmp/add.txt")" = 2 ] || fail "add did not store 3 articles per feed"
nr refresh --all --json > "$tmp/refresh.json"
cat "$tmp/refresh.json"; echo
[ "$(json 'd["failed"] == 0 and d["feeds"] == 2 and d["new_articles"] == 0' < "$tmp/refresh.json")" = True ] \
  || fail "the refresh after add failed or stored the articles again"
nr articles --json > "$tmp/articles.json"
[ "$(json 'sorted(a["title"] for a in d) == sorted(f"{t} story {n}" for t in ("World", "Tech") for n in (1, 2, 3))' < "$tmp/articles.json")" = True ] \
  || fail "articles --json does not list the 6 stories: $(cat "$tmp/articles.json")"
[ "$(json 'sorted({a["section"] for a in d}) == ["Tech", "World/Europe"]' < "$tmp/articles.json")" = True ] \
  || fail "articles --json has the wrong sections"
echo "6 articles in sections Tech and World/Europe"

step "HTTPS verifies against the bundled CA file"
if nr add "$https/tech.rss" 2> "$tmp/tls.err"; then
  fail "a certificate from an unknown CA was accepted"
fi
grep -qi "certificate" "$tmp/tls.err" || fail "unexpected error for an untrusted certificate: $(cat "$tmp/tls.err")"
echo "refused as expected: $(cat "$tmp/tls.err")"
# Trust the smoke CA by adding it to the app's own bundle (this unpacked copy only): the same
# request must now succeed, which proves HTTPS uses that file.
cat "$tmp/tls/ca.pem" >> "$ca_file"
nr add "$https/tech.rss" --section Secure
echo "accepted once the CA is in $ca_file"

step "keyring round trip (gnome-keyring on a private D-Bus session)"
cat > "$tmp/keyring-session.sh" <<'EOF'
set -euo pipefail
bare() {
  timeout 120 env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$tmp/run" \
    XDG_DATA_HOME="$tmp/home/.local/share" DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" \
    QT_QPA_PLATFORM=offscreen "$app/newsreader" "$@"
}
nr() { bare --profile "$tmp/profile" "$@"; }
# An unlocked keyring (its password comes on stdin) serving this session bus only; stopped by
# its own pid when the session ends.
printf 'smoke-keyring-password' | gnome-keyring-daemon --foreground --unlock --components=secrets \
  > "$tmp/keyring.log" 2>&1 &
keyring_pid=$!
trap 'kill "$keyring_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  bare --bundle-report | grep -q '"keyring_backend": "newsreader.core.secret_service.SecretServiceKeyring' && break
  sleep 0.2
done
bare --bundle-report | grep -q '"keyring_backend": "newsreader.core.secret_service.SecretServiceKeyring' \
  || { echo "smoke: the frozen app does not see the Secret Service keyring" >&2; exit 1; }
printf 's3cret-pass' | nr add "$http/private/members.rss" --username reader --password-stdin --section Members
nr feeds --json > "$tmp/feeds.json"
nr refresh --all --json > "$tmp/refresh2.json"
nr articles --section Members --json > "$tmp/members.json"
EOF
mkdir -p "$tmp/home/.local/share"
env -i PATH=/usr/bin:/bin HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" tmp="$tmp" app="$app" http="$http" \
  timeout 300 dbus-run-session -- bash "$tmp/keyring-session.sh"
[ "$(json '[f["has_credentials"] for f in d if f["url"].endswith("/private/members.rss")] == [True]' < "$tmp/feeds.json")" = True ] \
  || fail "feeds --json does not show has_credentials for the protected feed: $(cat "$tmp/feeds.json")"
[ "$(json 'd["failed"] == 0' < "$tmp/refresh2.json")" = True ] || fail "refresh with stored credentials failed: $(cat "$tmp/refresh2.json")"
[ "$(json 'len(d) == 3' < "$tmp/members.json")" = True ] || fail "the protected feed's articles are missing"
grep -rq "s3cret-pass" "$tmp/profile" && fail "the password reached the profile folder"
echo "password stored in the keyring, protected feed refreshed, 3 articles, no secret in the profile"

step "--self-test offscreen"
start=$(date +%s%N)
nr --self-test
end=$(date +%s%N)
echo "self-test wall time (informational): $(( (end - start) / 1000000 )) ms"

step "SIGTERM (logout) closes the frozen window cleanly"
( bare --profile "$tmp/profile" > "$tmp/term.out" 2>&1 ) &
term_pid=$!
for _ in $(seq 600); do [ -e "$tmp/profile/newsreader.db-shm" ] && break; sleep 0.1; done
[ -e "$tmp/profile/newsreader.db-shm" ] || fail "the window did not open the profile: $(cat "$tmp/term.out")"
# The subshell's child is timeout(1), whose child is the app: signal the app itself.
app_pid="$(pgrep -n -f "^$app/newsreader --profile $tmp/profile\$" || true)"
[ -n "$app_pid" ] || fail "could not find the window's process"
kill -TERM "$app_pid"
wait "$term_pid" || fail "the window did not exit 0 on SIGTERM: $(cat "$tmp/term.out")"
[ ! -e "$tmp/profile/newsreader.db-wal" ] || fail "a write-ahead log was left behind"
echo "closed on SIGTERM with exit status 0; the database file is self-contained"

step "--self-test on an X server (Xvfb): Qt's xcb plugin with the host's X11 libraries"
xvfb-run -a -s "-screen 0 1280x800x24" sh -c \
  'exec env -i PATH=/usr/bin:/bin HOME="$2" LANG=C.UTF-8 XDG_RUNTIME_DIR="$3" DISPLAY="$DISPLAY" \
     XAUTHORITY="$XAUTHORITY" QT_QPA_PLATFORM=xcb timeout 120 "$0" --profile "$1" --self-test' \
  "$app/newsreader" "$tmp/profile" "$tmp/home" "$tmp/run" > "$tmp/xcb.out" 2>&1 \
  || fail "--self-test under Xvfb (xcb) failed: $(cat "$tmp/xcb.out")"
cat "$tmp/xcb.out"
grep -q "on the xcb platform" "$tmp/xcb.out" || fail "the self-test did not run on the xcb platform"

printf '\nsmoke: all checks passed\n'
