extension MessageCatalog {
    /// Why a photo cannot be used (`E-IMAGE-UNREADABLE`'s `{reason@}`), in the merchant's language.
    static let photos: [Entry] = [
        entry("P-PHOTO-EMPTY", "the file is empty", "文件是空的"),
        entry("P-PHOTO-UNREADABLE", "the file cannot be read", "文件无法读取"),
        entry("P-PHOTO-NOT-AN-IMAGE", "not an image", "不是图片文件"),
        entry("P-PHOTO-FORMAT", "not a JPEG, PNG or WebP image", "不是 JPEG、PNG 或 WebP 图片"),
        entry("P-PHOTO-TRUNCATED", "the JPEG data is truncated (no end-of-image marker)", "JPEG 数据不完整（缺少结束标记），文件可能没有传完"),
        entry("P-PHOTO-HEADER", "the header cannot be read", "文件头无法读取，文件已损坏"),
        entry("P-PHOTO-PIXELS", "declares {width} × {height} pixels, over the limit of 100 megapixels",
              "声明的尺寸为 {width} × {height} 像素，超过 1 亿像素的上限"),
        entry("P-PHOTO-UNDECODABLE", "the image cannot be decoded (damaged or truncated)", "图片无法解码（文件损坏或不完整）"),
        entry("P-PHOTO-SRGB", "the image cannot be converted to sRGB", "图片无法转换为 sRGB 色彩"),
        entry("P-PHOTO-BORDER", "the border cannot be measured", "无法测量图片边缘（白底检查）"),
        entry("P-PHOTO-VIPS", "libvips could not start", "图片库 libvips 无法启动"),
        entry("P-PHOTO-VIPS-MISSING", "the image library libvips.so.42 is not installed (Debian package libvips42)",
              "未安装图片库 libvips.so.42（Debian 软件包 libvips42）"),
        entry("P-PHOTO-SIZE", "the {size} size cannot be made", "无法生成 {size} 尺寸"),
        entry("P-PHOTO-ENCODE", "{format} encoding failed", "{format} 编码失败"),
        entry("P-PHOTO-CACHE", "the photo cache {folder} cannot be written", "图片缓存文件夹 {folder} 无法写入"),
    ]
}
