#!/bin/sh
# Times `shopsite report`, `check` and `build` on generated shops of several sizes with /usr/bin/time:
# median wall seconds, peak RSS, CPU seconds, and microseconds per content file (the linear-cost check).
#
#   Benchmarks/bench-commands.sh [BINARY] [SIZE...]      SIZE: 1k 10k 100k (default: 1k 10k)
#
# Environment: RUNS (default 3), SHOPS (where generated shops are kept, default /tmp/shopsite-bench;
# a size's shop is generated once and reused), GEN_SHOP (default ../shared/bench/gen-shop, else
# /work/shared/bench/gen-shop), COMMANDS (default "report check build").
# The 100k shop is about 470,000 files (2 GB): delete "$SHOPS/shop-100k" when done.
set -eu
BIN=${1:-.build/release/shopsite}
[ $# -gt 0 ] && shift
SIZES=${*:-1k 10k}
RUNS=${RUNS:-3}
SHOPS=${SHOPS:-/tmp/shopsite-bench}
COMMANDS=${COMMANDS:-report check build}
GEN_SHOP=${GEN_SHOP:-../shared/bench/gen-shop}
[ -f "$GEN_SHOP" ] || GEN_SHOP=/work/shared/bench/gen-shop
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
mkdir -p "$SHOPS"

counts() {  # products customers orders quotes
    case $1 in
        1k) echo 1000 200 3000 500 ;;
        10k) echo 10000 2000 30000 5000 ;;
        100k) echo 100000 20000 300000 50000 ;;
        *) echo "unknown size $1 (1k, 10k, 100k)" >&2; exit 2 ;;
    esac
}

# One command RUNS times: prints "median-wall max-rss-MiB median-cpu" (or "failed").
measure() {
    out=$(mktemp) walls="" rss=0 cpus=""
    i=0
    while [ $i -lt "$RUNS" ]; do
        if ! /usr/bin/time -f "%e %M %U %S" -o "$out" "$@" >/dev/null 2>/dev/null; then
            rm -f "$out"; echo failed; return
        fi
        read -r w m u s < "$out"
        walls="$walls $w"; cpus="$cpus $(awk "BEGIN {printf \"%.2f\", $u + $s}")"
        [ "$m" -gt "$rss" ] && rss=$m
        i=$((i + 1))
    done
    rm -f "$out"
    median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    echo "$(median "$walls") $((rss / 1024)) $(median "$cpus")"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-7s %9s %9s %9s %10s %8s\n' size command wall_s cpu_s peak_MiB us/file files
for size in $SIZES; do
    set -- $(counts "$size")
    shop="$SHOPS/shop-$size"
    if [ ! -f "$shop/content/site.yaml" ]; then
        echo "generating $shop ..." >&2
        python3 "$GEN_SHOP" "$shop" --products "$1" --customers "$2" --orders "$3" --quotes "$4" >/dev/null
    fi
    files=$(find "$shop/content" -type f | wc -l)
    for command in $COMMANDS; do
        case $command in
            build) result=$(measure "$BIN" build "$shop" --output "$SHOPS/out-$size") ;;
            *) result=$(measure "$BIN" "$command" "$shop") ;;
        esac
        if [ "$result" = failed ]; then
            printf '%-6s %-7s %9s\n' "$size" "$command" "failed (exit status not 0)"
            continue
        fi
        set -- $result
        printf '%-6s %-7s %9s %9s %9s %10.1f %8s\n' "$size" "$command" "$1" "$3" "$2" \
            "$(awk "BEGIN {print $1 * 1000000 / $files}")" "$files"
    done
done
# Outputs (and the spare the previous site is kept in) are removed only at the end: on ext4 without a journal,
# deleting ~35,000 files makes the next minutes' file creation scan the freed inodes, which would skew the next size.
for size in $SIZES; do rm -rf "$SHOPS/out-$size" "$SHOPS/.out-$size.shopsite-spare"; done
