#!/usr/bin/env bash
# Builds the libFuzzer targets into .build-fuzz/bin/fuzz-<target>.
#
# SwiftPM builds the library modules with coverage and AddressSanitizer (one `-sanitize=fuzzer,address`:
# SwiftPM's separate --sanitize flags reach the compiler as two options and the last one wins); the
# entry points are then compiled and linked with swiftc, because a SwiftPM executable target renames `main`
# and cannot link with libFuzzer's own main.
#   Tests/Fuzz/build.sh [target...]     targets: frontmatter template csv loader importcsv importxlsx photoheader (default: all)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=.build-fuzz
CONFIG=release
SWIFT=${SWIFT:-swift}
SWIFTC=${SWIFTC:-swiftc}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frontmatter template csv loader importcsv importxlsx photoheader)

# module (SwiftPM target to build), entry file, objects of modules to link, C libraries.
spec() {
    case "$1" in
        frontmatter) echo "FrontMatter FrontMatterFuzz.swift Diagnostics,FrontMatter -lyaml" ;;
        csv)         echo "FrontMatter CSVFuzz.swift Diagnostics,FrontMatter -lyaml" ;;
        template)    echo "TemplateEngine TemplateFuzz.swift Diagnostics,TextEscaping,TemplateEngine" ;;
        loader)      echo "ShopLoader LoaderFuzz.swift Concurrency,Diagnostics,FrontMatter,TextEscaping,ShopModel,ShopLoader -lyaml" ;;
        importcsv)   echo "ShopImport ImportCSVFuzz.swift Concurrency,Diagnostics,FrontMatter,TextEscaping,ShopModel,ShopImport -lyaml,-lzip,-lexpat" ;;
        importxlsx)  echo "ShopImport ImportXLSXFuzz.swift Concurrency,Diagnostics,FrontMatter,TextEscaping,ShopModel,ShopImport -lyaml,-lzip,-lexpat" ;;
        photoheader) echo "Photos PhotoHeaderFuzz.swift Concurrency,Photos -lglib-2.0" ;;  # libvips: opened at run time
        *) echo "unknown fuzz target '$1' (frontmatter, template, csv, loader, importcsv, importxlsx, photoheader)" >&2; return 1 ;;
    esac
}

# libvips' headers need GLib's include folders (as Package.swift's CVips gets them) for the CVips module Photos imports.
vips_flags=()
for flag in $(pkg-config --cflags glib-2.0 2>/dev/null); do vips_flags+=(-Xcc "$flag"); done

mkdir -p "$BUILD/bin"
for target in "${targets[@]}"; do
    read -r module entry modules libs <<<"$(spec "$target")"
    "$SWIFT" build -c "$CONFIG" --build-path "$BUILD" -Xswiftc -sanitize=fuzzer,address --target "$module" >&2
    objects=()
    # Only the objects of the module's current sources: a file moved or deleted since an earlier build leaves its
    # object behind in $BUILD, and linking it fails on symbols its old neighbours no longer emit.
    for m in ${modules//,/ }; do
        for source in $(find "Sources/$m" -name '*.swift' -printf '%f\n'); do objects+=("$BUILD/$CONFIG/$m.build/$source.o"); done
    done
    "$SWIFTC" -sanitize=fuzzer,address -parse-as-library -O -g -use-ld=lld \
        -I "$BUILD/$CONFIG/Modules" \
        -Xcc -fmodule-map-file=Sources/CYAML/module.modulemap -Xcc -fmodule-map-file=Sources/CCmark/module.modulemap \
        -Xcc -fmodule-map-file=Sources/CZip/module.modulemap -Xcc -fmodule-map-file=Sources/CExpat/module.modulemap \
        -Xcc -fmodule-map-file=Sources/CVips/module.modulemap "${vips_flags[@]}" \
        "Tests/Fuzz/$entry" "${objects[@]}" ${libs//,/ } -o "$BUILD/bin/fuzz-$target"
    echo "built $BUILD/bin/fuzz-$target" >&2
done
