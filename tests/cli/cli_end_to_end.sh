#!/usr/bin/env bash
# Runs the real limber executable the way scripts and users do, with no display at all, and
# checks exit codes and output. Usage: cli_end_to_end.sh LIMBER TESTS_DATA_DIR
set -uo pipefail
limber=$1 data=$2
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export XDG_CONFIG_HOME XDG_DATA_HOME XDG_RUNTIME_DIR
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/run
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run ARGS...: sets $out, $err and $code; a hang counts as a failure.
run() {
    out=$(timeout 20 "$limber" "$@" 2>"$scratch/err"); code=$?
    err=$(cat "$scratch/err")
    [ "$code" -eq 124 ] && fail "limber $* hung"
}

run --version
[ "$code" -eq 0 ] || fail "--version exited $code: $err"
[[ $out =~ ^limber\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$out'"

run --help
[ "$code" -eq 0 ] || fail "--help exited $code"
[[ $out == *--print-timeline* ]] || fail "--help does not list --print-timeline"

run --list-stretches
[ "$code" -eq 0 ] || fail "--list-stretches exited $code: $err"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 12 ] || fail "--list-stretches: expected a header and 11 stretches"

run --print-timeline
[ "$code" -eq 0 ] || fail "--print-timeline exited $code: $err"
[ "$(printf '%s\n' "$out" | head -n1)" = $'start_ms\tduration_ms\tkind\tstretch\tside' ] ||
    fail "--print-timeline header: $(printf '%s\n' "$out" | head -n1)"
# Contiguous segments whose durations add up to the total line.
printf '%s\n' "$out" | awk -F'\t' '
    NR == 1 { next }
    $1 == "total" { if ($2 != end) bad = 1; total = 1; next }
    { if ($1 != end) bad = 1; end = $1 + $2 }
    END { exit (bad || !total) }' || fail "--print-timeline is not contiguous or lacks its total"

run --print-timeline back-and-hips
[ "$code" -eq 0 ] || fail "--print-timeline back-and-hips exited $code: $err"

run --print-timeline "$data/valid/design-example.json"
[ "$code" -eq 0 ] || fail "--print-timeline FILE exited $code: $err"

run --print-timeline no-such-routine
[ "$code" -eq 2 ] || fail "--print-timeline no-such-routine exited $code"
[[ $err == no-such-routine:* ]] || fail "unknown routine message: $err"

for file in "$data"/valid/*; do
    run --validate "$file"
    [ "$code" -eq 0 ] || fail "--validate $file exited $code: $err"
done

count=0
for file in "$data"/invalid/*; do
    count=$((count + 1))
    run --validate "$file"
    [ "$code" -eq 2 ] || fail "--validate $file exited $code, expected 2: $err"
    [[ $err == "$file: "* ]] || fail "--validate $file: message does not start with the file: $err"
done
[ "$count" -ge 10 ] || fail "the malformed corpus in $data/invalid is missing"

run --validate /nonexistent/routine.json
[ "$code" -eq 2 ] || fail "--validate of a missing file exited $code"

run --no-such-option
[ "$code" -eq 2 ] || fail "an unknown option exited $code"

# --import and --export. Saved routines live under XDG_DATA_HOME, timing settings under
# XDG_CONFIG_HOME; a second config folder holds non-default timings.
snapshot() { (cd "$XDG_DATA_HOME" 2>/dev/null && find . -type f -exec sha256sum {} + | sort); }
tuned_config=$scratch/tuned-config
mkdir -p "$tuned_config/limber"
cat >"$tuned_config/limber/limber.conf" <<'CONF'
[timing]
default_hold=40
prepare=0
rest=3
switch=2
warmup_enabled=false
hold_overrides\cat-cow=50
hold_overrides\figure-four=20
CONF
run_tuned() { local -x XDG_CONFIG_HOME=$tuned_config; run "$@"; }

run --import "$data/valid/design-example.json"
[ "$code" -eq 0 ] || fail "--import exited $code: $err"
[ "$out" = 'Imported "Evening unwind" as evening-unwind' ] || fail "--import printed '$out'"
saved=$(find "$XDG_DATA_HOME" -type f -name evening-unwind.json)
[ -n "$saved" ] || fail "--import stored no evening-unwind.json under XDG_DATA_HOME"
run --validate "$saved"
[ "$code" -eq 0 ] || fail "the imported file does not validate: $err"

run --import "$data/valid/design-example.json"
[ "$code" -eq 0 ] || fail "a second --import exited $code: $err"
[ "$out" = 'Imported "Evening unwind (2)" as evening-unwind-2' ] ||
    fail "a name clash on --import printed '$out'"
run --print-timeline "evening unwind (2)"
[ "$code" -eq 0 ] || fail "the imported routine is not found by its name: $err"

before=$(snapshot)
for file in "$data"/invalid/* /nonexistent/routine.json; do
    run --import "$file"
    [ "$code" -eq 2 ] || fail "--import $file exited $code, expected 2"
    [[ $err == "$file: "* ]] || fail "--import $file: message does not start with the file: $err"
    [ -z "$out" ] || fail "--import $file printed '$out'"
done
[ "$(snapshot)" = "$before" ] || fail "a refused --import changed the data folder"

printf 'a file where the data folder should be' >"$scratch/not-a-folder"
XDG_DATA_HOME=$scratch/not-a-folder run --import "$data/valid/minimal.json"
[ "$code" -eq 1 ] || fail "--import into an unwritable folder exited $code, expected 1"
[[ $err == "$scratch/not-a-folder/"* ]] || fail "unwritable --import message: $err"

for routine in back-and-hips "Evening unwind" "$data/valid/all-fields.json"; do
    exported=$scratch/exported.json
    rm -f "$exported"
    run_tuned --export "$routine" "$exported"
    [ "$code" -eq 0 ] || fail "--export $routine exited $code: $err"
    run --validate "$exported"
    [ "$code" -eq 0 ] || fail "--export $routine wrote a file that does not validate: $err"
    run_tuned --print-timeline "$routine"
    expected=$out
    # Played with the default settings, the exported file keeps the exporter's timings.
    run --print-timeline "$exported"
    [ "$out" = "$expected" ] || fail "--export $routine: the file plays a different timeline"
done
run --print-timeline back-and-hips
[ "$out" != "$expected" ] || fail "the tuned settings did not change the timeline"

run --export back-and-hips
[ "$code" -eq 2 ] || fail "--export without FILE exited $code"
[[ $err == *"--export: needs ROUTINE and FILE"* ]] || fail "--export without FILE: $err"

run --export no-such-routine "$scratch/unknown.json"
[ "$code" -eq 2 ] || fail "--export of an unknown routine exited $code"
[[ $err == no-such-routine:* ]] || fail "--export of an unknown routine: $err"
[ ! -e "$scratch/unknown.json" ] || fail "--export of an unknown routine wrote a file"

# A write failing part way (a file size limit, as on a full disk) leaves no file behind.
err=$( (ulimit -f 1 && trap '' XFSZ &&
    exec timeout 20 "$limber" --export back-and-hips "$scratch/big.json") 2>&1 >/dev/null)
code=$?
[ "$code" -eq 1 ] || fail "--export failing part way exited $code, expected 1"
[[ $err == "$scratch/big.json: cannot be written: "* ]] || fail "--export failing part way: $err"
[ -z "$(find "$scratch" -maxdepth 1 -name 'big.json*')" ] ||
    fail "--export failing part way left $(find "$scratch" -maxdepth 1 -name 'big.json*')"

run --export back-and-hips "$scratch/missing/out.json"
[ "$code" -eq 1 ] || fail "--export into a missing folder exited $code, expected 1"
[[ $err == "$scratch/missing/out.json: cannot be written: "* ]] || fail "unwritable --export: $err"

# The user's own stretches: a routine file carries them (version 2), --import adds them,
# --list-stretches marks them, --export carries them along and --render-illustrations draws
# them. Each "computer" is a data folder of its own.
own_home=$scratch/own-data other_home=$scratch/other-data
own_stretches=$own_home/limber/stretches
run_own() { local -x XDG_DATA_HOME=$own_home; run "$@"; }
run_other() { local -x XDG_DATA_HOME=$other_home; run "$@"; }
count_json() { find "$1" -maxdepth 1 -name '*.json' 2>/dev/null | wc -l; }

run_own --import "$data/valid/v2-embedded-image.json"
[ "$code" -eq 0 ] || fail "--import of a file carrying a stretch exited $code: $err"
[ "$out" = 'Imported "Carried along" as carried-along' ] || fail "carrying --import printed '$out'"
[ "$(count_json "$own_stretches")" -eq 1 ] || fail "--import did not add the carried stretch"
[ -n "$(find "$own_stretches" -name '*.png')" ] || fail "--import did not keep the stretch's picture"
run_own --import "$data/valid/v2-embedded-image.json"
[ "$code" -eq 0 ] || fail "a second carrying --import exited $code: $err"
[ "$(count_json "$own_stretches")" -eq 1 ] || fail "an identical carried stretch was added twice"

cp "$data/../fuzz/stretch-corpus/valid-minimal.json" "$own_stretches/my-drawn.json"
sed -i 's/"Wall calf stretch"/"Drawn calf"/' "$own_stretches/my-drawn.json"
run_own --list-stretches
[ "$code" -eq 0 ] || fail "--list-stretches with own stretches exited $code: $err"
[ "$(printf '%s\n' "$out" | head -n1)" = $'id\tkind\tsided\thold_seconds\ttargets\tname\torigin' ] ||
    fail "--list-stretches header: $(printf '%s\n' "$out" | head -n1)"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 14 ] || fail "--list-stretches: expected 11 built-in and 2 own: $out"
[[ $out == *$'\tWall calf stretch\town'* ]] || fail "--list-stretches does not mark the imported stretch: $out"
[[ $out == *$'my-drawn\thold\tyes\t30\thamstrings\tDrawn calf\town'* ]] ||
    fail "--list-stretches does not list the drawn stretch: $out"
[[ $(printf '%s\n' "$out" | sed -n 2p) == *$'\tbuilt-in' ]] || fail "--list-stretches: built-in not marked: $out"
calf_id=$(printf '%s\n' "$out" | awk -F'\t' '$6 == "Wall calf stretch" { print $1 }')

run_own --render-illustrations "$scratch/renders" --size 64
[ "$code" -eq 0 ] || fail "--render-illustrations with own stretches exited $code: $err"
[ -s "$scratch/renders/$calf_id-0.png" ] || fail "--render-illustrations: no PNG of the picture stretch"
[ -s "$scratch/renders/my-drawn-0.png" ] && [ -s "$scratch/renders/my-drawn-1.png" ] ||
    fail "--render-illustrations: no PNGs of the drawn stretch's keyframes"

cat >"$scratch/uses-drawn.json" <<'JSON'
{"format": "limber-routine", "version": 2, "name": "Mine",
 "steps": [{"stretch": "my-drawn", "sides": "left"}, {"stretch": "cat-cow"}]}
JSON
run_own --import "$scratch/uses-drawn.json"
[ "$code" -eq 0 ] || fail "--import of a routine naming an own stretch exited $code: $err"
run --validate "$scratch/uses-drawn.json"
[ "$code" -eq 2 ] || fail "--validate without the own stretch exited $code, expected 2"
run_own --export Mine "$scratch/mine.json"
[ "$code" -eq 0 ] || fail "--export of a routine with an own stretch exited $code: $err"
grep -q '"version": 2' "$scratch/mine.json" || fail "--export with an own stretch did not write version 2"
grep -q '"figure"' "$scratch/mine.json" || fail "--export did not carry the drawn stretch"
run --validate "$scratch/mine.json"
[ "$code" -eq 0 ] || fail "the exported file does not validate where the stretch is unknown: $err"
run --print-timeline "$scratch/mine.json"
[[ $out == *$'\thold\tmy-drawn\tleft'* ]] || fail "--print-timeline skips the carried stretch: $out"
run --export "$scratch/mine.json" "$scratch/again.json"
[ "$code" -eq 0 ] || fail "--export of a carrying file exited $code: $err"
grep -q '"figure"' "$scratch/again.json" || fail "--export of a carrying file dropped its stretch"
run_other --import "$scratch/mine.json"
[ "$code" -eq 0 ] || fail "--import on another computer exited $code: $err"
run_other --list-stretches
[[ $out == *$'\tDrawn calf\town'* ]] || fail "the exported stretch did not arrive: $out"
run_own --export "Carried along" "$scratch/carried.json"
[ "$code" -eq 0 ] || fail "--export of the imported routine exited $code: $err"
grep -q '"image_data"' "$scratch/carried.json" || fail "--export did not carry the picture"
run_own --export back-and-hips "$scratch/plain.json"
grep -q '"version": 1' "$scratch/plain.json" || fail "--export of built-in stretches is not version 1"

# A deleted stretch: its steps stay, shown as missing and played as a plain timed hold.
rm "$own_stretches/my-drawn.json"
run_own --list-stretches
[[ $out == *$'my-drawn\thold\tno\t30\t\tDrawn calf\tmissing'* ]] ||
    fail "--list-stretches does not show the deleted stretch as missing: $out"
run_own --print-timeline Mine
[ "$code" -eq 0 ] || fail "--print-timeline of a routine with a missing stretch exited $code: $err"
[[ $out == *$'\thold\tmy-drawn\tnone'* ]] || fail "the missing stretch is not played as a hold: $out"

# --lang translates headless output too; ids and areas stay stable keys for scripts.
run --lang de --list-stretches
[ "$code" -eq 0 ] || fail "--lang de --list-stretches exited $code"
[[ $out == *$'\tKatze-Kuh'* ]] || fail "--lang de: no German name in: $out"
[[ $out == *cat-cow* ]] || fail "--lang de: the ids changed: $out"
run --lang es --list-stretches
[ "$code" -eq 0 ] || fail "--lang es --list-stretches exited $code"
[[ $out == *$'\tPostura del niño'* ]] || fail "--lang es: no Spanish name in: $out"
run --lang fr --list-stretches
[ "$code" -eq 0 ] || fail "--lang fr --list-stretches exited $code"
[[ $out == *$'\tGenou à la poitrine'* ]] || fail "--lang fr: no French name in: $out"
run --lang it --list-stretches
[ "$code" -eq 0 ] || fail "--lang it --list-stretches exited $code"
[[ $out == *$'\tGinocchio al petto'* ]] || fail "--lang it: no Italian name in: $out"
# A language with a country: both as --lang pt_BR and as the name the catalogue goes by.
run --lang pt_BR --list-stretches
[ "$code" -eq 0 ] || fail "--lang pt_BR --list-stretches exited $code"
[[ $out == *"ebê feliz"* ]] || fail "--lang pt_BR: no Brazilian Portuguese name in: $out"
run --lang fr --validate "$data/invalid/hold-too-short.json"
[ "$code" -eq 2 ] || fail "--lang fr --validate of a bad file exited $code"
[[ $err == *"doit être un nombre entier"* ]] || fail "--lang fr: the error was not translated: $err"
run --lang de --validate "$data/invalid/hold-too-short.json"
[ "$code" -eq 2 ] || fail "--lang de --validate of a bad file exited $code"
[[ $err == *hold_seconds* && $err != *"must be a whole number"* ]] ||
    fail "--lang de: the error was not translated: $err"

# The practice history: every device's file in the data folder, merged; a bad line is
# reported with its file and line, and the rest still printed.
# QStandardPaths::AppDataLocation: organisation, then application.
history_dir=$XDG_DATA_HOME/limber/history
run --history
[ "$code" -eq 0 ] || fail "--history with no history exited $code: $err"
[ "$out" = $'started\tminutes\troutine\tdone\tskipped\thurt\tpain_before\tpain_after' ] ||
    fail "--history with no history printed: $out"
mkdir -p "$history_dir"
cp "$data/history/valid.jsonl" "$history_dir/laptop.jsonl"
printf '%s\n' '{"format":"limber-session","version":1,"id":"b1","device":"desk","device_name":"desk","started":"2026-12-03T12:00:00+01:00","ended":"2026-12-03T12:03:00+01:00","active_ms":180000,"routine_id":"desk-break","routine_name":"Desk break","holds":[{"stretch":"runners-lunge","stretch_name":"Runner'"'"'s lunge","side":"left","outcome":"done","planned_ms":30000,"held_ms":30000}]}' \
    'not json' >"$history_dir/desk.jsonl"
run --history
[ "$code" -eq 0 ] || fail "--history exited $code: $err"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 4 ] || fail "--history: expected a header and 3 sessions: $out"
[[ $(printf '%s\n' "$out" | sed -n 2p) == 2026-12-01T18:05:00+01:00$'\t'* ]] ||
    fail "--history: oldest first, with the offset: $out"
[[ $out == *$'Desk break\t1\t0\t0\t\t'* ]] || fail "--history: the other device's session: $out"
[[ $err == *"desk.jsonl:2:"* ]] || fail "--history: the bad line was not named: $err"
run --history --since 2026-12-02
[ "$(printf '%s\n' "$out" | wc -l)" -eq 3 ] || fail "--history --since: $out"
run --history --since yesterday
[ "$code" -eq 2 ] || fail "--history --since yesterday exited $code"
[[ $err == *"--since"* ]] || fail "--since with no date: $err"
run --lang de --export-history "$scratch/history.csv"
[ "$code" -eq 0 ] || fail "--export-history exited $code: $err"
header=$(head -n1 "$scratch/history.csv" | tr -d '\r' | sed 's/^\xEF\xBB\xBF//')
[[ $header == Beginn,* ]] ||
    fail "--lang de --export-history: header not German: $header"
[ "$(wc -l <"$scratch/history.csv")" -eq 4 ] || fail "--export-history: expected 4 lines"
grep -q '2026-12-01T18:05:00+01:00' "$scratch/history.csv" || fail "--export-history: dates changed"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all command-line checks passed"
