#!/usr/bin/env bash
# The import round trip at scale: a shop's orders exported as the platform does (CSV and xlsx, by the test helper
# OrderExport through `swift test --filter exportTheShopNamedByTheEnvironment`), imported into a copy of the shop
# whose orders/ is empty; the `report` must be byte-identical, and a second import must write no file.
#   Benchmarks/import-roundtrip.sh BINARY SHOP [SCRATCH]     e.g. .build/release/shopsite ../bench/shop10k
# Needs `swift build --build-tests` first. Prints wall times (noisy on a shared machine) and the checks.
# The timed imports write 30,000 new files. On ext4 each new inode skips the inodes deleted in the last minutes
# (`recently_deleted`), so an import made just after deleting a large tree measures the file system, not the import
# (3-10 s instead of 1.5 s here): the orders of each copy are moved away, not deleted, the copy is synced before the
# clock starts, and every deletion happens after the last timing. Run it 5 minutes after any large `rm -rf`.
set -euo pipefail
BIN=$(realpath "$1") SHOP=$(realpath "$2") SCRATCH=${3:-${TMPDIR:-/tmp}/shopsite-import-bench}
cd "$(dirname "$0")/.."
[ -e "$SCRATCH" ] && mv "$SCRATCH" "$SCRATCH.old.$$"  # deleted at the end, after the timings
mkdir -p "$SCRATCH"
trap 'rm -rf "$SCRATCH.old.$$" "$SCRATCH"/orders-moved-*' EXIT
"$BIN" report "$SHOP" > "$SCRATCH/original.json"
orders=$(find "$SHOP/content/orders" -name '*.md' | wc -l)
for format in csv xlsx; do
    SHOPSITE_EXPORT_SHOP="$SHOP" SHOPSITE_EXPORT_TO="$SCRATCH/export.$format" \
        swift test --skip-build --filter exportTheShopNamedByTheEnvironment >/dev/null 2>&1
    echo "export.$format: $(wc -c < "$SCRATCH/export.$format") bytes, $orders orders"
done
status=0
for format in csv xlsx; do
    copy="$SCRATCH/shop-$format"
    cp -r "$SHOP" "$copy" && mv "$copy/content/orders" "$SCRATCH/orders-moved-$format" && mkdir "$copy/content/orders"
    sync
    start=$(date +%s.%N)
    "$BIN" import orders "$SCRATCH/export.$format" "$copy" --lang en > "$SCRATCH/import-$format.out"
    end=$(date +%s.%N)
    printf '%s: first import %.2f s: %s\n' "$format" "$(echo "$end - $start" | bc)" "$(tail -1 "$SCRATCH/import-$format.out")"
    if "$BIN" report "$copy" | cmp -s - "$SCRATCH/original.json"; then echo "$format: report byte-identical"
    else echo "$format: REPORT DIFFERS"; status=1; fi
    touch "$SCRATCH/mark-$format" && sleep 1
    start=$(date +%s.%N)
    "$BIN" import orders "$SCRATCH/export.$format" "$copy" --lang en > "$SCRATCH/again-$format.out"
    end=$(date +%s.%N)
    written=$(find "$copy" -newer "$SCRATCH/mark-$format" -type f | wc -l)
    printf '%s: re-import %.2f s: %s; files written: %s\n' "$format" "$(echo "$end - $start" | bc)" "$(tail -1 "$SCRATCH/again-$format.out")" "$written"
    [ "$written" -eq 0 ] || status=1
done
exit $status
