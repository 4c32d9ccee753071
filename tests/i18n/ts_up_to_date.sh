#!/usr/bin/env bash
# ts_up_to_date.sh LUPDATE SOURCES_LIST TRANSLATIONS_DIR [INCLUDE_DIR...]
# Runs lupdate, as the build's update_translations target does, on copies of the .ts files and
# fails when that would leave any entry unfinished, vanished or obsolete: a text added or
# changed in the sources without its translations.
set -u
lupdate=$1 sources=$2 translations=$3
shift 3
# The library roots, so lupdate resolves "playback/Timeline.h"-style includes as the build does.
include_options=()
for dir in "$@"; do include_options+=("-I$dir"); done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

mapfile -t files <"$sources"
[ "${#files[@]}" -gt 10 ] || { echo "too few sources in $sources"; exit 1; }
cp "$translations"/limber_*.ts "$scratch"/
"$lupdate" -silent -locations none -pluralonly "${include_options[@]}" "${files[@]}" -ts "$scratch/limber_en.ts" ||
    exit 1
# Every other catalogue is a full one.
full=()
for ts in "$scratch"/limber_*.ts; do
    [ "$(basename "$ts")" = limber_en.ts ] || full+=("$ts")
done
"$lupdate" -silent -locations none -no-obsolete "${include_options[@]}" "${files[@]}" \
    -ts "${full[@]}" || exit 1

status=0
for ts in "$scratch"/limber_*.ts; do
    name=$(basename "$ts")
    cmp -s "$ts" "$translations/$name" || {
        echo "$name is not up to date with the sources; run the update_translations target:"
        diff -u "$translations/$name" "$ts" | head -40
        status=1
    }
    if grep -nE 'type="(unfinished|vanished|obsolete)"' "$ts" | head -20 | grep .; then
        echo "$name: entries above are not translated"
        status=1
    fi
done
[ $status -eq 0 ] && echo "every catalogue is complete and up to date"
exit $status
