#!/bin/sh
# Runs a command where a full disk and a read-only file system are real, not simulated: in a
# private user and mount namespace (no privileges needed, and the mounts vanish with it), with
#   LIMBER_TEST_FULL_DIR              a tmpfs of 64 KiB,
#   LIMBER_TEST_READONLY_DIR          a read-only view of a tmpfs, and
#   LIMBER_TEST_READONLY_BACKING_DIR  a writable view of the same tmpfs, so that a test can put
#                                     files where the code under test can only read them.
# Needed because the tests run as root, for whom a chmod 0555 folder is writable.
# Usage: with_small_mounts.sh COMMAND [ARG...]
set -eu

if [ "${LIMBER_SMALL_MOUNTS_INSIDE:-}" != 1 ]; then
    if ! command -v unshare >/dev/null 2>&1; then
        echo "with_small_mounts.sh: unshare (util-linux) is missing" >&2
        exit 1
    fi
    LIMBER_SMALL_MOUNTS_INSIDE=1 exec unshare --user --map-root-user --mount /bin/sh "$0" "$@"
fi

base=$(mktemp -d "${TMPDIR:-/tmp}/limber-small-mounts.XXXXXX")
mkdir "$base/full" "$base/readonly" "$base/backing"
cleanup() {
    umount "$base/readonly" 2>/dev/null || true
    umount "$base/backing" 2>/dev/null || true
    umount "$base/full" 2>/dev/null || true
    rmdir "$base/full" "$base/readonly" "$base/backing" "$base"
}
trap cleanup EXIT

mount -t tmpfs -o size=64k,mode=0755 limber-full "$base/full"
mount -t tmpfs -o size=1m,mode=0755 limber-readonly "$base/backing"
mount --bind "$base/backing" "$base/readonly"
mount -o remount,bind,ro "$base/readonly"
if touch "$base/readonly/.probe" 2>/dev/null; then
    echo "with_small_mounts.sh: the read-only mount is writable" >&2
    exit 1
fi

export LIMBER_TEST_FULL_DIR="$base/full"
export LIMBER_TEST_READONLY_DIR="$base/readonly"
export LIMBER_TEST_READONLY_BACKING_DIR="$base/backing"
status=0
"$@" || status=$?
exit "$status"
