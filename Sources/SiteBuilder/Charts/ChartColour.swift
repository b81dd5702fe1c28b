import Foundation

/// A `#rgb`/`#rrggbb` colour as a chart reader tells colours apart: by hue when it is colourful, by lightness when grey.
struct ChartColour: Equatable {
    /// Hue in degrees (0 ..< 360).
    let hue: Double
    /// Chroma: the largest channel minus the smallest (0 grey … 1 pure colour).
    let chroma: Double
    /// Lightness: the mean of the largest and smallest channel (0 black … 1 white).
    let lightness: Double

    /// The colour of a `#hex` text; nil for colour names and anything else.
    init?(_ text: String) {
        var hex = Array(text.unicodeScalars.dropFirst())
        guard text.hasPrefix("#") else { return nil }
        if hex.count == 3 || hex.count == 4 { hex = hex.prefix(3).flatMap { [$0, $0] } }
        guard hex.count >= 6 else { return nil }
        var channels: [Double] = []
        for i in stride(from: 0, to: 6, by: 2) {
            guard let value = Int(String(String.UnicodeScalarView(hex[i..<i + 2])), radix: 16) else { return nil }
            channels.append(Double(value) / 255)
        }
        let (r, g, b) = (channels[0], channels[1], channels[2])
        let high = max(r, g, b), low = min(r, g, b), c = high - low
        chroma = c
        lightness = (high + low) / 2
        guard c > 0 else { hue = 0; return }
        let h: Double = high == r ? (g - b) / c : high == g ? (b - r) / c + 2 : (r - g) / c + 4
        hue = (h * 60).truncatingRemainder(dividingBy: 360) + (h < 0 ? 360 : 0)
    }

    /// Whether a chart reader would take one for the other: two colourful ones less than 25° of hue apart (and not
    /// one light and one dark), or two greys of about the same lightness. The theme's red (357°) and pink (330°) stay
    /// apart; the example shop's blue (212°) and the palette's blue (217°) do not.
    func looksLike(_ other: ChartColour) -> Bool {
        let colourful = chroma >= 0.2, otherColourful = other.chroma >= 0.2
        guard colourful == otherColourful else { return false }
        guard colourful else { return abs(lightness - other.lightness) < 0.15 }
        let apart = abs(hue - other.hue)
        return min(apart, 360 - apart) < 25 && abs(lightness - other.lightness) < 0.3
    }
}
