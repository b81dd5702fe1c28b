#!/usr/bin/env bash
# Runs the libFuzzer targets built by build.sh, each for FUZZ_SECONDS (default 120), one after another.
# Seeds come from Tests/Fuzz/corpus/<target>; new inputs go to .build-fuzz/corpus/<target> (not committed);
# a crash, hang (>10 s) or OOM (>2 GB) is saved under .build-fuzz/artifacts/<target>/ and fails the run.
#   Tests/Fuzz/run.sh [target...]     (default: frontmatter template csv loader importcsv importxlsx photoheader)
set -uo pipefail
cd "$(dirname "$0")/../.."
BUILD=.build-fuzz
SECONDS_EACH=${FUZZ_SECONDS:-120}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frontmatter template csv loader importcsv importxlsx photoheader)

max_len() {
    case "$1" in template) echo 2048 ;; csv) echo 4096 ;; importcsv) echo 16384 ;; importxlsx) echo 65536 ;; photoheader) echo 16384 ;; *) echo 8192 ;; esac
}

failed=()
mkdir -p "$BUILD/logs"
for target in "${targets[@]}"; do
    corpus="$BUILD/corpus/$target" artifacts="$BUILD/artifacts/$target" log="$BUILD/logs/$target.log"
    mkdir -p "$corpus" "$artifacts"
    dict=()
    [ -f "Tests/Fuzz/$target.dict" ] && dict=("-dict=Tests/Fuzz/$target.dict")
    echo "fuzz-$target: ${SECONDS_EACH}s (log: $log)"
    # Swift globals alive at exit look like leaks to LeakSanitizer: leak checking is off.
    # The loader target makes its scratch shop under TMPDIR, removed afterwards.
    scratch="$BUILD/tmp/$target"
    rm -rf "$scratch" && mkdir -p "$scratch"
    TMPDIR="$PWD/$scratch" ASAN_OPTIONS=detect_leaks=0 "$BUILD/bin/fuzz-$target" -max_total_time="$SECONDS_EACH" \
        -rss_limit_mb=2048 -timeout=10 -max_len="$(max_len "$target")" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "${dict[@]}" "$corpus" "Tests/Fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    rm -rf "$scratch"
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    cov=$(grep -E '#[0-9]+[[:space:]]+DONE' "$log" | grep -o 'cov: [0-9]*' | tail -1 || true)
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        echo "fuzz-$target: FAILED (exit $status) — $(grep -m1 -E 'ERROR|SUMMARY|Fatal error|deadly signal|timeout|out-of-memory' "$log")"
        ls "$artifacts" | sed 's/^/  artifact: /'
    else
        echo "fuzz-$target: ok, ${runs:-?} executions, ${cov:-cov ?}"
    fi
done
[ ${#failed[@]} -eq 0 ] || { echo "fuzz targets failed: ${failed[*]}" >&2; exit 1; }
