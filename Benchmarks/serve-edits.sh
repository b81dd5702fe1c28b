#!/bin/bash
# Times single product edits in `shopsite serve` (issue 6, target 4): starts the preview on a COPY of a shop, edits one
# product the ways an editor does (sed -i through a temp file and a rename, in-place writes, a price tier there and
# back, a body edit), 2.5 s apart, then prints the "Rebuilt in" lines and their phases from the log.
#
#   Benchmarks/serve-edits.sh BINARY SHOP_COPY [SKU]     e.g. cp -a /tmp/shopsite-bench/shop-10k /tmp/serve10k
#
# The shop copy is edited (and put back as it was at the end): never point it at a shop you keep.
# serve has no --lang and logs in the shop's language (zh-CN by default: 预览地址 / 重新生成完成): both languages'
# lines are matched. The first build may take minutes on a busy machine: the script waits up to 300 s for it.
set -u
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); SHOP=$2; SKU=${3:-SKU-000123}
LOG=${LOG:-/tmp/serve-edits.log}; PORT=${PORT:-8097}
F=$SHOP/content/products/$SKU.md
[ -f "$F" ] || { echo "no $F" >&2; exit 2; }
ORIG=$(mktemp); cp "$F" "$ORIG"
SHOPSITE_TIMING=1 setsid "$BIN" serve "$SHOP" --port "$PORT" > "$LOG" 2>&1 < /dev/null &
PID=$!
trap 'kill $PID 2>/dev/null; cat "$ORIG" > "$F"; rm -f "$ORIG"' EXIT
for _ in $(seq 1 600); do grep -qE "Serving at|预览地址" "$LOG" && break; sleep 0.5; done
sleep 1
for n in 1 2 3 4 5; do sed -i "s/^title: \(.*\)$/title: \1 v$n/" "$F"; sleep 2.5; done
for n in 1 2 3; do python3 - "$F" <<'PY'; sleep 2.5; done
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
with open(path, "r+", encoding="utf-8") as f:  # in place: same inode, no rename
    f.write(text.replace("lead_time_days: ", "lead_time_days:  ", 1) if "lead_time_days:  " not in text
            else text.replace("lead_time_days:  ", "lead_time_days: ", 1))
    f.truncate()
PY
sed -i -E '0,/price: [0-9.]+/s//price: 99.99/' "$F"; sleep 2.5
cat "$ORIG" > "$F"; sleep 2.5
printf '\nEdited by serve-edits.sh.\n' >> "$F"; sleep 2.5
kill $PID; sleep 1
grep -E "Rebuilt in|重新生成完成|^  load " "$LOG"
