#!/usr/bin/env bash
# The Linux packages as a user gets them: builds the DEB, RPM and TGZ from the
# build tree with CPack into a scratch folder, then checks the DEB's metadata
# and lintian, unpacks it (dpkg-deb -x) and runs the unpacked netmsg from there
# (its plugins, its translations), validates the desktop entry, the AppStream
# metainfo, the systemd unit, the man pages and the bash completion, and checks
# the RPM's requirements and the TGZ's layout.
#   tst_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/tst_package.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "PASS: $*"; }

(cd "$build" && cpack -G "DEB;RPM;TGZ" -B "$work/dist") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
deb=$work/dist/netmsg_${version}_amd64.deb
rpm=$work/dist/netmsg-${version}-1.x86_64.rpm
tgz=$work/dist/netmsg-${version}-Linux.tar.gz
for file in "$deb" "$rpm" "$tgz"; do
    [ -s "$file" ] || { echo "FAIL: cpack made no $(basename "$file"):" >&2; ls "$work/dist" >&2; exit 1; }
done
pass "cpack made $(cd "$work/dist" && ls -- *.deb *.rpm *.tar.gz | tr '\n' ' ')"

# The DEB's metadata: the Qt 6 runtime packages dpkg-shlibdeps found, and the
# plugins Qt loads at run time.
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6core6 libqt6network6 libqt6sql6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins; do
    [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends lacks $package: $depends"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the DEB's version is not $version"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./prerm | grep -q "systemctl --system stop netmsg-listen" ||
    fail "the DEB's prerm does not stop the receiver service"
pass "Depends: $depends"

# lintian: no errors (warnings are printed); its own exit status says so.
command -v lintian >/dev/null || { echo "FAIL: lintian is missing (scripts/dev installs it)" >&2; exit 1; }
if lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1; then
    pass "lintian: no errors"
else
    fail "lintian found errors"
fi
grep -v "root privileges" "$work/lintian.log" || true

# The unpacked DEB runs on its own: no plugin path, no library path, a home
# of its own; it finds its plugins and its translations relative to itself.
root=$work/root
dpkg-deb -x "$deb" "$root"
run() {
    env -u NETMSG_PLUGIN_PATH -u LD_LIBRARY_PATH NETMSG_HOME="$work/home" "$root/usr/bin/netmsg" "$@"
}
out=$(run --version) || fail "netmsg --version exited $?"
[ "$out" = "netmsg $version" ] || fail "netmsg --version printed '$out'"
out=$(run transports --json) || fail "netmsg transports exited $?"
for id in winpopup loopback; do
    grep -q "\"id\":\"$id\"" <<<"$out" || fail "the unpacked netmsg did not find its $id plugin: $out"
done
[ -f "$root/usr/lib/netmsg/plugins/netmsg_winpopup.so" ] || fail "no plugin in usr/lib/netmsg/plugins"
pass "unpacked netmsg $version found its plugins"
for language in de fr es ru pl ja zh_CN ar; do
    [ -f "$root/usr/share/netmsg/translations/netmsg_$language.qm" ] ||
        fail "no netmsg_$language.qm in usr/share/netmsg/translations"
done
out=$(unset LANGUAGE; LC_ALL=de_DE.UTF-8 QT_LOGGING_RULES="netmsg.translations.debug=true" run transports 2>&1) ||
    fail "netmsg transports in German exited $?"
grep -qF "catalogue $root/usr/share/netmsg/translations/netmsg_de.qm" <<<"$out" ||
    fail "the German catalogue was not taken from the package: $out"
grep -q "verfügbar" <<<"$out" || fail "netmsg transports did not speak German: $out"
pass "translations found in usr/share/netmsg/translations"

# Desktop integration.
desktop-file-validate "$root/usr/share/applications/org.netmsg.Console.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.netmsg.Console.metainfo.xml" ||
    fail "appstreamcli validate"
for size in 16x16 32x32 48x48 64x64 128x128 256x256; do
    [ -s "$root/usr/share/icons/hicolor/$size/apps/netmsg.png" ] || fail "no $size icon"
done
[ -s "$root/usr/share/icons/hicolor/scalable/apps/netmsg.svg" ] || fail "no SVG icon"
pass "desktop entry, metainfo and icons"

# The man pages render and describe the commands.
for page in netmsg netmsg-console; do
    text=$(MANWIDTH=100 man -l "$root/usr/share/man/man1/$page.1.gz" 2>&1) || fail "man $page"
    grep -q "SYNOPSIS" <<<"$text" || fail "man $page has no synopsis"
done
text=$(MANWIDTH=100 man -l "$root/usr/share/man/man1/netmsg.1.gz")
for command in send alias listen history transports; do
    grep -q "netmsg $command" <<<"$text" || fail "man netmsg does not describe '$command'"
done
pass "man pages"

# The systemd unit: systemd-analyze verify, with the unpacked program in place
# of /usr/bin/netmsg and the unpacked man page for its Documentation=.
unit=$root/usr/lib/systemd/system/netmsg-listen.service
grep -q '^ExecStart=/usr/bin/netmsg ' "$unit" || fail "the unit does not start /usr/bin/netmsg"
for setting in DynamicUser=yes AmbientCapabilities=CAP_NET_BIND_SERVICE ProtectSystem=strict StateDirectory=netmsg; do
    grep -qx "$setting" "$unit" || fail "the unit lacks $setting"
done
sed "s|/usr/bin/netmsg|$root/usr/bin/netmsg|" "$unit" >"$work/netmsg-listen.service"
MANPATH=$root/usr/share/man systemd-analyze verify "$work/netmsg-listen.service" ||
    fail "systemd-analyze verify"
pass "systemd unit"

# Bash completion: commands, then a command's options from its --help.
completion=$root/usr/share/bash-completion/completions/netmsg
complete_words() {
    NETMSG_HOME="$work/home" bash -c 'source /usr/share/bash-completion/bash_completion; source "$1"; shift
             COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
             _netmsg; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
[ "$(complete_words "$root/usr/bin/netmsg" se)" = "send" ] || fail "completion of 'se'"
grep -qx -- "--concurrency" <<<"$(complete_words "$root/usr/bin/netmsg" send --con)" ||
    fail "completion of 'send --con'"
pass "bash completion"

# The RPM requires the Qt 6 libraries rpm found; the TGZ lays out usr/.
# (Listings go through variables: grep -q leaving a pipe early would be a
# SIGPIPE failure under pipefail.)
requires=$(rpm -qpR "$rpm" 2>/dev/null)
for library in libQt6Core.so.6 libQt6Network.so.6 libQt6Sql.so.6 libQt6Widgets.so.6; do
    grep -q "^$library" <<<"$requires" || fail "the RPM does not require $library"
done
files=$(rpm -qpl "$rpm" 2>/dev/null)
grep -qx /usr/lib/netmsg/plugins/netmsg_winpopup.so <<<"$files" || fail "the RPM lacks the winpopup plugin"
files=$(tar tzf "$tgz")
grep -qx "netmsg-$version-Linux/usr/bin/netmsg" <<<"$files" || fail "the TGZ lacks usr/bin/netmsg"
pass "RPM requirements and TGZ layout"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
