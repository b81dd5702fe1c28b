// The only C of shopsite's photo work: non-variadic wrappers over the few variadic libvips calls, with fixed settings.
#include <vips/vips.h>

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

/// Starts libvips once: no operation cache (each photo is done once), one worker thread per photo (the build runs
/// photos in parallel), and the loaders libvips marks untrusted blocked.
static inline int shopsite_vips_start(void) {
    if (VIPS_INIT("shopsite")) return -1;
    vips_cache_set_max(0);
    vips_concurrency_set(1);
    vips_block_untrusted_set(TRUE);
    g_log_set_writer_func(shopsite_vips_log, NULL, NULL);
    return 0;
}

/// The image in `buf`, header only (pixels are decoded when asked for), failing on truncated data.
static inline VipsImage *shopsite_vips_open(const void *buf, size_t len) {
    return vips_image_new_from_buffer(buf, len, "", "fail_on", VIPS_FAIL_ON_TRUNCATED, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
}

/// `buf` decoded (failing on truncated data) and shrunk to fit inside width × height (never enlarged). The loader is
/// opened here rather than by vips_thumbnail_buffer, whose fail_on does not reach the JPEG loader in libvips 8.14.
static inline int shopsite_vips_thumbnail_buffer(const void *buf, size_t len, int width, int height, VipsImage **out) {
    VipsImage *in = vips_image_new_from_buffer(buf, len, "", "fail_on", VIPS_FAIL_ON_TRUNCATED, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
    if (!in) return -1;
    int failed = vips_thumbnail_image(in, out, width, "height", height, "size", VIPS_SIZE_DOWN, NULL);
    g_object_unref(in);
    return failed;
}

/// `in` shrunk to fit inside width × height, or to fill it exactly when `crop` (cut from the centre).
static inline int shopsite_vips_thumbnail_image(VipsImage *in, int width, int height, int crop, VipsImage **out) {
    return vips_thumbnail_image(in, out, width, "height", height, "size", VIPS_SIZE_DOWN,
                                "crop", crop ? VIPS_INTERESTING_CENTRE : VIPS_INTERESTING_NONE, NULL);
}

/// `in` as 8-bit sRGB without alpha (transparent parts laid on white).
static inline int shopsite_vips_flat_srgb(VipsImage *in, VipsImage **out) {
    VipsImage *rgb = NULL, *flat = NULL;
    if (vips_colourspace(in, &rgb, VIPS_INTERPRETATION_sRGB, NULL)) return -1;
    if (vips_image_hasalpha(rgb)) {
        VipsArrayDouble *white = vips_array_double_newv(3, 255.0, 255.0, 255.0);
        int failed = vips_flatten(rgb, &flat, "background", white, NULL);
        vips_area_unref(VIPS_AREA(white));
        g_object_unref(rgb);
        if (failed) return -1;
    } else {
        flat = rgb;
    }
    int failed = vips_cast(flat, out, VIPS_FORMAT_UCHAR, NULL);
    g_object_unref(flat);
    return failed;
}

/// WebP at quality 80, no metadata: the same pixels give the same bytes.
static inline int shopsite_vips_webp(VipsImage *in, void **buf, size_t *len) {
    return vips_webpsave_buffer(in, buf, len, "Q", 80, "effort", 4, "strip", TRUE, NULL);
}

/// Baseline JPEG at quality 82 with optimised Huffman tables, no metadata: the same pixels give the same bytes.
static inline int shopsite_vips_jpeg(VipsImage *in, void **buf, size_t *len) {
    return vips_jpegsave_buffer(in, buf, len, "Q", 82, "optimize_coding", TRUE, "strip", TRUE, NULL);
}
