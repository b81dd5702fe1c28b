extension String {
    /// Whether the string sorts before `other` byte by byte in UTF-8 (the order of `utf8.lexicographicallyPrecedes`),
    /// comparing the contiguous bytes rather than stepping through the views: an import sorts tens of thousands of paths.
    func utf8Precedes(_ other: String) -> Bool {
        var left = self, right = other  // `withUTF8` may make a string contiguous first, so it needs variables
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = Swift.min(a.count, b.count)
                var index = 0
                while index < common {
                    if a[index] != b[index] { return a[index] < b[index] }
                    index += 1
                }
                return a.count < b.count
            }
        }
    }
}
