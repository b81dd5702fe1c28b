// The only C of shopsite's photo work. libvips is not linked: loading it costs every command ≈ 31 ms of CPU (its ≈ 120
// libraries' symbols bound), so `shopsite_vips_load` opens it when a photo is first read and looks up each function
// used into a table; the `static inline` wrappers below call through that table (the variadic calls with fixed
// settings). The header gives the types and prototypes, so each table entry has the library's own type. GLib alone is
// linked (pkg-config's glib-2.0 gives the include paths libvips' headers need; it costs a command ≈ 0.3 ms) and called
// directly: the SHA-256 of a photo needs no libvips.
#include <dlfcn.h>
#include <stdlib.h>
#include <vips/vips.h>

/// The file name `dlopen` is given: the soname of libvips 8.x, the library Debian's package libvips42 installs.
#define SHOPSITE_VIPS_LIBRARY "libvips.so.42"

/// Every libvips and GObject function shopsite calls, as (prefix, name): the table's field is `name`, the symbol
/// `prefix name` (GObject's is found through libvips' own dependencies).
#define SHOPSITE_VIPS_FUNCTIONS(F) \
    F(vips_, version) F(vips_, init) F(vips_, cache_set_max) F(vips_, concurrency_set) F(vips_, block_untrusted_set) \
    F(vips_, error_clear) F(vips_, foreign_find_load_buffer) F(vips_, image_new_from_buffer) F(vips_, thumbnail_image) \
    F(vips_, colourspace) F(vips_, image_hasalpha) F(vips_, array_double_newv) F(vips_, flatten) F(vips_, area_unref) \
    F(vips_, cast) F(vips_, image_copy_memory) F(vips_, image_write_to_memory) F(vips_, image_get_width) \
    F(vips_, image_get_height) F(vips_, image_get_bands) F(vips_, webpsave_buffer) F(vips_, jpegsave_buffer) \
    F(g_, object_unref)

/// The functions of `SHOPSITE_VIPS_FUNCTIONS`, looked up in the loaded library.
typedef struct ShopsiteVips {
#define SHOPSITE_VIPS_FIELD(prefix, name) __typeof__(prefix##name) *name;
    SHOPSITE_VIPS_FUNCTIONS(SHOPSITE_VIPS_FIELD)
#undef SHOPSITE_VIPS_FIELD
} ShopsiteVips;

/// `library` opened and every function of the table looked up in it; NULL when the library or any function is
/// missing. Called once per process (Swift's `Vips.library`): the library stays loaded and the table is never freed.
static inline const ShopsiteVips *shopsite_vips_load(const char *library) {
    void *handle = dlopen(library, RTLD_NOW | RTLD_LOCAL);
    if (!handle) return NULL;
    ShopsiteVips *v = calloc(1, sizeof *v);
    if (!v) return NULL;
#define SHOPSITE_VIPS_LOOKUP(prefix, name) \
    if (!(*(void **)&v->name = dlsym(handle, #prefix #name))) { free(v); return NULL; }
    SHOPSITE_VIPS_FUNCTIONS(SHOPSITE_VIPS_LOOKUP)
#undef SHOPSITE_VIPS_LOOKUP
    return v;
}

/// Drops libvips' warnings (a damaged file is reported once, as shopsite's own error, not on stderr by the library);
/// every other log message goes to GLib's default writer.
static GLogWriterOutput shopsite_vips_log(GLogLevelFlags level, const GLogField *fields, gsize count, gpointer data) {
    if (level & G_LOG_LEVEL_WARNING) {
        for (gsize i = 0; i < count; i++) {
            if (g_strcmp0(fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0 && g_strcmp0(fields[i].value, "VIPS") == 0)
                return G_LOG_WRITER_HANDLED;
        }
    }
    return g_log_writer_default(level, fields, count, data);
}

/// Starts libvips once (its ABI checked as `VIPS_INIT` does): no operation cache (each photo is done once), one worker
/// thread per photo (the build runs photos in parallel), and the loaders libvips marks untrusted blocked.
static inline int shopsite_vips_start(const ShopsiteVips *v) {
    if (v->version(3) - v->version(5) != VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE) return -1;
    if (v->init("shopsite")) return -1;
    v->cache_set_max(0);
    v->concurrency_set(1);
    v->block_untrusted_set(TRUE);
    g_log_set_writer_func(shopsite_vips_log, NULL, NULL);
    return 0;
}

/// The name of the loader libvips would use for the image in `buf` (NULL: no image it knows).
static inline const char *shopsite_vips_loader(const ShopsiteVips *v, const void *buf, size_t len) {
    return v->foreign_find_load_buffer(buf, len);
}

/// The image in `buf`, header only (pixels are decoded when asked for), failing on truncated data.
static inline VipsImage *shopsite_vips_open(const ShopsiteVips *v, const void *buf, size_t len) {
    return v->image_new_from_buffer(buf, len, "", "fail_on", VIPS_FAIL_ON_TRUNCATED, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// `buf` decoded (failing on truncated data) and shrunk to fit inside width × height (never enlarged). The loader is
/// opened here rather than by vips_thumbnail_buffer, whose fail_on does not reach the JPEG loader in libvips 8.14.
static inline int shopsite_vips_thumbnail_buffer(const ShopsiteVips *v, const void *buf, size_t len, int width, int height,
                                                 VipsImage **out) {
    VipsImage *in = shopsite_vips_open(v, buf, len);
    if (!in) return -1;
    int failed = v->thumbnail_image(in, out, width, "height", height, "size", VIPS_SIZE_DOWN, NULL);
    v->object_unref(in);
    return failed;
}

/// `in` shrunk to fit inside width × height, or to fill it exactly when `crop` (cut from the centre).
static inline int shopsite_vips_thumbnail_image(const ShopsiteVips *v, VipsImage *in, int width, int height, int crop,
                                                VipsImage **out) {
    return v->thumbnail_image(in, out, width, "height", height, "size", VIPS_SIZE_DOWN,
                              "crop", crop ? VIPS_INTERESTING_CENTRE : VIPS_INTERESTING_NONE, NULL);
}

/// `in` as 8-bit sRGB without alpha (transparent parts laid on white).
static inline int shopsite_vips_flat_srgb(const ShopsiteVips *v, VipsImage *in, VipsImage **out) {
    VipsImage *rgb = NULL, *flat = NULL;
    if (v->colourspace(in, &rgb, VIPS_INTERPRETATION_sRGB, NULL)) return -1;
    if (v->image_hasalpha(rgb)) {
        VipsArrayDouble *white = v->array_double_newv(3, 255.0, 255.0, 255.0);
        int failed = v->flatten(rgb, &flat, "background", white, NULL);
        v->area_unref(VIPS_AREA(white));
        v->object_unref(rgb);
        if (failed) return -1;
    } else {
        flat = rgb;
    }
    int failed = v->cast(flat, out, VIPS_FORMAT_UCHAR, NULL);
    v->object_unref(flat);
    return failed;
}

/// WebP at quality 80, no metadata: the same pixels give the same bytes.
static inline int shopsite_vips_webp(const ShopsiteVips *v, VipsImage *in, void **buf, size_t *len) {
    return v->webpsave_buffer(in, buf, len, "Q", 80, "effort", 4, "strip", TRUE, NULL);
}

/// Baseline JPEG at quality 82 with optimised Huffman tables, no metadata: the same pixels give the same bytes.
static inline int shopsite_vips_jpeg(const ShopsiteVips *v, VipsImage *in, void **buf, size_t *len) {
    return v->jpegsave_buffer(in, buf, len, "Q", 82, "optimize_coding", TRUE, "strip", TRUE, NULL);
}

/// `image`'s width, height and number of bands.
static inline int shopsite_vips_width(const ShopsiteVips *v, const VipsImage *image) { return v->image_get_width(image); }
static inline int shopsite_vips_height(const ShopsiteVips *v, const VipsImage *image) { return v->image_get_height(image); }
static inline int shopsite_vips_bands(const ShopsiteVips *v, const VipsImage *image) { return v->image_get_bands(image); }

/// `image` computed into memory (NULL on failure), or its pixels as a buffer to free with `g_free`.
static inline VipsImage *shopsite_vips_copy_memory(const ShopsiteVips *v, VipsImage *image) { return v->image_copy_memory(image); }
static inline void *shopsite_vips_write_to_memory(const ShopsiteVips *v, VipsImage *image, size_t *len) {
    return v->image_write_to_memory(image, len);
}

/// Releases an image; clears libvips' error buffer.
static inline void shopsite_vips_unref(const ShopsiteVips *v, VipsImage *image) { v->object_unref(image); }
static inline void shopsite_vips_error_clear(const ShopsiteVips *v) { v->error_clear(); }
