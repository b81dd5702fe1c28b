#!/usr/bin/env bash
# The import round trip at scale: a shop's orders exported as the platform does (CSV and xlsx, by the test helper
# OrderExport through `swift test --filter exportTheShopNamedByTheEnvironment`), imported into a copy of the shop
# whose orders/ is empty; the `report` must be byte-identical, and a second import must write no file.
#   Benchmarks/import-roundtrip.sh BINARY SHOP [SCRATCH]     e.g. .build/release/shopsite ../bench/shop10k
# Needs `swift build --build-tests` first. Prints wall times (noisy on a shared machine) and the checks.
set -euo pipefail
BIN=$(realpath "$1") SHOP=$(realpath "$2") SCRATCH=${3:-${TMPDIR:-/tmp}/shopsite-import-bench}
cd "$(dirname "$0")/.."
rm -rf "$SCRATCH" && mkdir -p "$SCRATCH"
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
    cp -r "$SHOP" "$copy" && rm -rf "$copy/content/orders" && mkdir "$copy/content/orders"
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
