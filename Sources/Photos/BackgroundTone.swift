/// The border of a photo: the mean of its ring of edge pixels (the darkest channel, 0–255) and their spread
/// (standard deviation), enough to tell a white studio background from a table, a wall or a busy scene.
public struct BackgroundTone: Sendable, Equatable {
    /// Mean of each edge pixel's darkest channel (255 is pure white).
    public var mean: Double
    /// Standard deviation of the same values.
    public var spread: Double

    /// A tone of `mean` and `spread`.
    public init(mean: Double, spread: Double) {
        self.mean = mean
        self.spread = spread
    }

    /// The guide's white background: the edges at least 235 on every channel on average and spread at most 12.
    /// On the example shop's rendered photos the white views measure 255.0 / 0.0 and the lightest non-white one (a
    /// warm table, #ece6dc) 220.0; JPEG noise on a real white sweep stays within a few levels, and a soft shadow
    /// touching an edge adds a few points of spread, so 235 / 12 keeps white studio shots and rejects tables and walls.
    public var isWhite: Bool { mean >= 235 && spread <= 12 }

    /// The tone of the ring of pixels `ring` wide around a `width` × `height` image of 3 bytes per pixel.
    static func of(rgb: UnsafeRawBufferPointer, width: Int, height: Int, ring: Int = 2) -> BackgroundTone {
        var sum = 0.0, squares = 0.0, count = 0.0
        for y in 0..<height {
            for x in 0..<width where y < ring || y >= height - ring || x < ring || x >= width - ring {
                let at = (y * width + x) * 3
                guard at + 2 < rgb.count else { continue }
                let value = Double(min(rgb[at], rgb[at + 1], rgb[at + 2]))
                sum += value
                squares += value * value
                count += 1
            }
        }
        guard count > 0 else { return BackgroundTone(mean: 0, spread: 0) }
        let mean = sum / count
        return BackgroundTone(mean: mean, spread: max(0, squares / count - mean * mean).squareRoot())
    }
}
