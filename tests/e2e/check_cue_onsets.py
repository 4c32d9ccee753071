"""Compares the sounds in a recording with the cue sounds a timeline should produce.

Usage: check_cue_onsets.py TIMELINE.tsv RECORDING.wav
The timeline is `limber --print-timeline` output. Sounds are expected at the last three
seconds of every prepare, rest and switch (ticks), at the start of every switch, hold and flow,
and at the end. Detected onsets are aligned on the first one; each hold or flow start must
have a detected onset within 50 ms. Exit 0 when all do, 1 otherwise.
"""
import array
import sys
import wave

TOLERANCE_MS = 50
FRAME_MS = 5


def expected_sounds(path):
    sounds, starts, total = [], [], 0
    with open(path, encoding="utf-8") as timeline:
        next(timeline)  # header
        for line in timeline:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "total":
                total = int(fields[1])
                continue
            start, duration, kind = int(fields[0]), int(fields[1]), fields[2]
            if kind in ("hold", "flow"):
                sounds.append(start)
                starts.append(start)
            if kind == "switch":
                sounds.append(start)
            if kind in ("prepare", "rest", "switch"):
                end = start + duration
                sounds += [end - n * 1000 for n in (3, 2, 1) if end - n * 1000 >= start]
    sounds.append(total)
    return sorted(set(sounds)), starts


def detected_onsets(path):
    with wave.open(path) as recording:
        rate = recording.getframerate()
        samples = array.array("h", recording.readframes(recording.getnframes()))
    frame = rate * FRAME_MS // 1000
    rms = []
    for index in range(0, len(samples) - frame, frame):
        chunk = samples[index:index + frame]
        rms.append((sum(x * x for x in chunk) / frame) ** 0.5)
    onsets = []
    for index, level in enumerate(rms):
        before = max(rms[max(0, index - 8):index] or [0])
        if level > 300 and level > 4 * before + 50:
            if not onsets or index * FRAME_MS - onsets[-1] > 150:
                onsets.append(index * FRAME_MS)
    return onsets


def main():
    expected, starts = expected_sounds(sys.argv[1])
    onsets = detected_onsets(sys.argv[2])
    if not onsets:
        print("FAIL: the recording holds no sound at all")
        return 1
    # The first sound heard is the first one expected: align the two clocks on it.
    offset = onsets[0] - expected[0]
    heard = [onset - offset for onset in onsets]
    print("expected sounds (ms):", " ".join(map(str, expected)))
    print("heard, aligned (ms): ", " ".join(map(str, heard)))
    failures = 0
    for start in starts:
        nearest = min(heard, key=lambda time: abs(time - start))
        error = nearest - start
        verdict = "ok" if abs(error) <= TOLERANCE_MS else "LATE/EARLY"
        failures += verdict != "ok"
        print(f"start sound for the hold at {start} ms: heard at {nearest} ms ({error:+d} ms) {verdict}")
    print(f"{len(starts) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
