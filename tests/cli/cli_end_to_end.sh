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

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all command-line checks passed"
