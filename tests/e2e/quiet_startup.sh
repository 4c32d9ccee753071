#!/usr/bin/env bash
# Sync tools stay quiet: starting Limber on a data folder writes nothing there unless something
# changed. Limber starts on a folder holding a routine, one of the person's stretches, a history
# and preferences (the first start may settle things: a new device, settings moved over); every
# later start, on this device and on a second one with a config home of its own, must leave
# every file's bytes and modification time as they were.
# Usage: quiet_startup.sh LIMBER TEST_DATA_DIR
set -uo pipefail
limber=$1 data=$2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=$work/run QT_QPA_PLATFORM=offscreen
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
folder=$work/synced

# As a device: its own config home, its own session bus (no other Limber to hand over to).
run_as() {
    local device=$1
    shift
    XDG_CONFIG_HOME=$work/$device/config XDG_DATA_HOME=$work/$device/data \
        XDG_CACHE_HOME=$work/$device/cache dbus-run-session -- "$limber" --data-dir "$folder" "$@"
}

# Every file with its size, modification time (ns) and checksum.
snapshot() {
    (cd "$folder" && find . -type f -printf '%p %s %T@ ' -exec md5sum {} \; | sort)
}

fail=0
run_as laptop --import "$data/valid/all-fields.json" >/dev/null || { echo "FAIL: import"; exit 1; }
mkdir -p "$folder/history" "$folder/stretches"
cp "$data/history/valid.jsonl" "$folder/history/0f0e0d0c-aaaa-bbbb-cccc-000000000001.jsonl"
cp "$data/valid-stretches/"* "$folder/stretches/"

# The window, up for a few seconds: long enough to read everything and settle.
start_window() {
    run_as "$1" >"$work/$1.log" 2>&1 &
    local pid=$!
    sleep 4
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
}

start_window laptop
before=$(snapshot)
[ -n "$before" ] || { echo "FAIL: the folder is empty"; exit 1; }
for device in laptop desktop laptop; do
    start_window "$device"
    after=$(snapshot)
    if [ "$after" != "$before" ]; then
        echo "FAIL: starting Limber on the $device changed the data folder:"
        diff <(echo "$before") <(echo "$after")
        fail=1
    else
        echo "ok: starting on the $device wrote nothing ($(echo "$before" | wc -l) files)"
    fi
done
exit $fail
