#!/bin/sh
# The photo benchmark: shopsite's derived images against Hugo's image processing on the same photos.
#
#   Benchmarks/photo-bench.sh [BINARY]          (after: swift build -c release --product shopsite)
#
# Makes (once, in $PHOTOS, default /tmp/shopsite-photo-bench) N distinct 2000 × 2000 JPEG photos (default 1000:
# crops at different offsets of one noisy rendered product drawing, so every file has its own content hash — up to
# N = 1024; photo sets made before 2026-12-07 06:00 used a 23 × 23 grid of offsets and repeat after 529 photos),
# a shop of N/5 products with five photos each, the same shop without images, and a Hugo site whose template calls
# .Fill 480x480 and .Fit 800x800 / 1600x1600 as WebP q80 and JPEG q82 for every photo (the sizes and formats of
# templates/photos.yaml). Then times, with /usr/bin/time -v (wall seconds, peak RSS): shopsite cold (no cache) and
# warm (cache kept, output rebuilt), shopsite on the shop without images and on one with the photos under
# content/assets but listed by no product (the asset copying alone), Hugo cold (resources/_gen removed) and warm.
# For the warm figures in CPU time, repeat a build under `perf stat -e task-clock -r 5` (see BENCHMARKS.md).
set -eu
BIN=${1:-.build/release/shopsite}
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
N=${N:-1000}
PHOTOS=${PHOTOS:-/tmp/shopsite-photo-bench}
REPO=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$PHOTOS"
cd "$PHOTOS"

if [ ! -f base.v ]; then
    vips copy "$REPO/scripts/example-drawings/yx-s101.svg[scale=10.5]" drawing.v
    vips flatten drawing.v flat.v --background 255
    vips gaussnoise noise.v 2520 2520 --sigma 5 --mean 0
    vips add flat.v noise.v noisy.v
    vips cast noisy.v base.v uchar
fi
if [ ! -f photos/$((N - 1)).jpg ]; then  # made for the largest N asked for; a smaller N uses the first N
    mkdir -p photos
    seq 0 $((N - 1)) | xargs -P "$(nproc)" -I{} sh -c 'i={}; vips crop base.v photos/$i.jpg[Q=85,strip] $((i % 32)) $((i / 32 % 32)) 2000 2000'
fi

copy_photos() {  # folder: photos 0 … N-1
    mkdir -p "$1"
    seq 0 $((N - 1)) | sed "s|.*|$PHOTOS/photos/&.jpg|" | xargs cp -t "$1"
}

make_shop() {  # folder, images: 1 listed by the products, 0 none, 2 the photos under content/assets but not listed
    rm -rf "$1"
    mkdir -p "$1/content/products" "$1/content/assets"
    printf 'name: 图片测试\nas_of: 2025-11-30\n' > "$1/content/site.yaml"
    if [ "$2" != 0 ]; then copy_photos "$1/content/assets/photos"; fi
    p=0
    while [ $p -lt $((N / 5)) ]; do
        images=""
        if [ "$2" = 1 ]; then
            for k in 0 1 2 3 4; do images="$images${images:+, }assets/photos/$((p * 5 + k)).jpg"; done
        fi
        printf -- '---\ntitle: 不锈钢合页 %d 号 50 件起批\ntype: spot\ncategory: 五金/合页\nmoq: 50\nlead_time_days: 3\nprice_tiers:\n  - { min: 50, price: 18 }\nimages: [%s]\n---\n好合页。\n' "$p" "$images" > "$1/content/products/P-$p.md"
        p=$((p + 1))
    done
}
[ -d shop/content ] || make_shop shop 1
[ -d shop-plain/content ] || make_shop shop-plain 0
[ -d shop-assets/content ] || make_shop shop-assets 2

if [ ! -d hugo/assets ]; then
    mkdir -p hugo/layouts hugo/content hugo/assets
    copy_photos hugo/assets/photos
    printf 'baseURL = "http://example.org/"\ntitle = "photos"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[imaging]\nquality = 80\n' > hugo/config.toml
    cat > hugo/layouts/index.html <<'HUGO'
{{ range resources.Match "photos/*.jpg" }}
{{ $c := .Fill "480x480 Center webp q80" }}{{ $cj := .Fill "480x480 Center jpg q82" }}
{{ $p := .Fit "800x800 webp q80" }}{{ $pj := .Fit "800x800 jpg q82" }}
{{ $z := .Fit "1600x1600 webp q80" }}{{ $zj := .Fit "1600x1600 jpg q82" }}
<picture><source srcset="{{ $c.RelPermalink }}"><img src="{{ $cj.RelPermalink }}" width="{{ $cj.Width }}"></picture>
<a href="{{ $zj.RelPermalink }}{{ $z.RelPermalink }}{{ $p.RelPermalink }}{{ $pj.RelPermalink }}">zoom</a>
{{ end }}
HUGO
fi

measure() {  # label, command...
    label=$1; shift
    /usr/bin/time -v "$@" > /dev/null 2> time.txt || { tail -5 time.txt; exit 1; }
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' time.txt)
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' time.txt)
    cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u + s}' time.txt)
    printf '%-34s wall %8s  cpu %6ss  peak RSS %6d MB\n' "$label" "$wall" "$cpu" $((rss / 1024))
}
rm -rf shop/.shopsite-cache shop/public hugo/resources hugo/public
measure "shopsite build, cold cache" "$BIN" build shop --output shop/public
measure "shopsite build, warm cache" "$BIN" build shop --output shop/public
measure "shopsite build, warm (again)" "$BIN" build shop --output shop/public
measure "shopsite build, shop without images" "$BIN" build shop-plain --output shop-plain/public
measure "shopsite build, no images (again)" "$BIN" build shop-plain --output shop-plain/public
measure "shopsite build, photos as assets only" "$BIN" build shop-assets --output shop-assets/public
measure "shopsite build, assets only (again)" "$BIN" build shop-assets --output shop-assets/public
measure "hugo, cold (no resources/_gen)" hugo --quiet -s hugo
measure "hugo, warm" hugo --quiet -s hugo
echo "derived files: shopsite $(find shop/public/photos -type f | wc -l), hugo $(find hugo/public -name '*.webp' -o -name '*.jpg' | wc -l)"
