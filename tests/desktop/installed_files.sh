#!/usr/bin/env bash
# Installs the build into a scratch prefix and checks that the desktop integration lands where
# desktops look for it, and passes the freedesktop validators.
# Usage: installed_files.sh BUILD_DIR
set -uo pipefail
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/prefix

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for tool in desktop-file-validate appstreamcli xmllint; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (run scripts/setup-deps)"; exit 1; }
done

if ! cmake --install "$build" --prefix "$prefix" >"$scratch/install.log" 2>&1; then
    cat "$scratch/install.log"
    echo "FAIL: cmake --install $build failed"
    exit 1
fi

id=io.github.limber.Limber
desktop=$prefix/share/applications/$id.desktop
metainfo=$prefix/share/metainfo/$id.metainfo.xml
icon=$prefix/share/icons/hicolor/scalable/apps/$id.svg

[ -x "$prefix/bin/limber" ] || fail "no executable at bin/limber"

if [ -f "$desktop" ]; then
    # desktop-file-validate exits 0 on hints too; anything it prints is a finding.
    out=$(desktop-file-validate "$desktop" 2>&1); code=$?
    [ "$code" -eq 0 ] && [ -z "$out" ] || fail "desktop-file-validate ($code): $out"
    grep -qx "Icon=$id" "$desktop" || fail "the desktop entry does not name the icon $id"
    grep -qx 'Exec=limber %f' "$desktop" || fail "the desktop entry does not run limber"
else
    fail "no desktop entry at share/applications/$id.desktop"
fi

if [ -f "$metainfo" ]; then
    out=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1) ||
        fail "appstreamcli validate: $out"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $id.desktop"
else
    fail "no metainfo at share/metainfo/$id.metainfo.xml"
fi

if [ -f "$icon" ]; then
    xmllint --noout "$icon" || fail "the icon is not well-formed XML"
    [ "$(xmllint --xpath 'local-name(/*)' "$icon" 2>/dev/null)" = svg ] ||
        fail "the icon's root element is not <svg>"
    [ "$(xmllint --xpath 'namespace-uri(/*)' "$icon" 2>/dev/null)" = http://www.w3.org/2000/svg ] ||
        fail "the icon is not in the SVG namespace"
else
    fail "no icon at share/icons/hicolor/scalable/apps/$id.svg"
fi

# The cue sounds play through a plugin that the executable loads when its window is built (so
# a Limber waiting in the tray never maps Qt Multimedia): it must be where the installed
# executable looks. Started briefly on the offscreen platform, Limber says on stderr when it
# cannot load it; with the plugin moved away it must say so, or this check proves nothing.
run_installed() {
    local home=$scratch/home
    rm -rf "$home" && mkdir -p "$home/config" "$home/data" && mkdir -m 700 "$home/runtime"
    QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data \
        XDG_RUNTIME_DIR=$home/runtime timeout 4 "$prefix/bin/limber" --lang en 2>&1
}
plugin=$(find "$prefix" -name liblimber_audio.so -print -quit)
if [ -z "$plugin" ]; then
    fail "no audio plugin (liblimber_audio.so) installed"
else
    case ${plugin#"$prefix"/} in
    lib*/limber/liblimber_audio.so) ;;
    *) fail "the audio plugin is installed at ${plugin#"$prefix"/}, not under lib*/limber/" ;;
    esac
    [[ $(run_installed) == *'no sound cues'* ]] && fail "the installed limber does not load $plugin"
    mv "$plugin" "$plugin.away"
    [[ $(run_installed) == *'no sound cues'* ]] ||
        fail "without its plugin, the installed limber did not report the missing sound cues"
    mv "$plugin.away" "$plugin"
fi

# The window, its views and the headless commands are a module the launcher loads, over the
# model in a library of Limber's own: both must be where the installed executable finds them.
for name in liblimber_core.so liblimber_window.so; do
    found=$(find "$prefix" -name "$name" -print -quit)
    case ${found#"$prefix"/} in
    lib*/limber/$name) ;;
    '') fail "$name is not installed" ;;
    *) fail "$name is installed at ${found#"$prefix"/}, not under lib*/limber/" ;;
    esac
done
module=$(find "$prefix" -name liblimber_window.so -print -quit)
if [ -n "$module" ]; then
    listed=$("$prefix/bin/limber" --list-stretches 2>&1) ||
        fail "the installed limber --list-stretches failed: $listed"
    [[ $listed == *knee-to-chest* ]] || fail "the installed limber listed no stretches: $listed"
    mv "$module" "$module.away"
    listed=$("$prefix/bin/limber" --list-stretches 2>&1) &&
        fail "without its window module, the installed limber --list-stretches succeeded"
    [[ $listed == *'window module could not be loaded'* ]] ||
        fail "without its window module, the installed limber did not say so: $listed"
    mv "$module.away" "$module"
fi

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "installed files: all checks passed"
