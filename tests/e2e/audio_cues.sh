#!/usr/bin/env bash
# End to end: the real limber window on a private Xvfb screen, its sound going to a private
# PulseAudio null sink whose monitor is recorded; the start sounds heard must fall within
# 50 ms of the timeline's hold starts (aligned on the first sound). The voice is switched
# off so that only the cue sounds are recorded.
# Usage: audio_cues.sh LIMBER ROUTINE_FILE. Exit 77 (skipped) when Xvfb or PulseAudio is
# missing.
set -uo pipefail
limber=$1 routine=$2
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")

for tool in Xvfb pulseaudio pactl parecord python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIPPED: $tool is not installed (scripts/setup-deps installs it)"
        exit 77
    fi
done

work=$(mktemp -d)
export XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export HOME=${HOME:-$work}
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_CONFIG_HOME/limber"
printf '[cues]\nvoice=false\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
unset QT_QPA_PLATFORM PULSE_SERVER
# Off the user's session bus: a Limber of theirs would take this one's start as a second start.
unset DBUS_SESSION_BUS_ADDRESS
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    pulseaudio --kill 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

pulseaudio --daemonize=yes --exit-idle-time=-1 -n --load="module-null-sink sink_name=limber_e2e" \
    --load="module-native-protocol-unix" >"$work/pulse.log" 2>&1
for _ in $(seq 1 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
if ! pactl info >/dev/null 2>&1; then
    echo "SKIPPED: PulseAudio did not start: $(tail -n 2 "$work/pulse.log")"
    exit 77
fi

for display in $(seq 140 199); do
    [[ -e /tmp/.X11-unix/X$display || -e /tmp/.X$display-lock ]] || break
done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=":$display"
sleep 1

# A silent stream keeps the sink clocked, so the gaps between sounds are recorded too.
pacat --latency-msec=20 -d limber_e2e --rate=16000 --channels=1 --format=s16le /dev/zero &
pids+=($!)
parecord --latency-msec=20 -d limber_e2e.monitor --channels=1 --rate=16000 --format=s16le \
    --file-format=wav "$work/recording.wav" &
recorder=$!
pids+=($recorder)
sleep 1

"$limber" --print-timeline "$routine" >"$work/timeline.tsv" || exit 1
total_ms=$(awk -F'\t' '$1 == "total" {print $2}' "$work/timeline.tsv")
"$limber" --routine "$routine" --start >"$work/limber.log" 2>&1 &
pids+=($!)
sleep $(( total_ms / 1000 + 4 ))
kill -INT "$recorder"
wait "$recorder" 2>/dev/null

python3 "$here/check_cue_onsets.py" "$work/timeline.tsv" "$work/recording.wav"
status=$?
[[ $status -eq 0 ]] || { echo "limber's output:"; cat "$work/limber.log"; }
exit $status
