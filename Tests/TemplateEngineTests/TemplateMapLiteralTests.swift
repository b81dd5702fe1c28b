import Testing
@testable import TemplateEngine

/// A map written as a literal keeps the pairs in written order; a repeated key keeps its first place and its last
/// value, with few keys (kept as written) as with many (looked up through the hash index).
@Suite struct TemplateMapLiteralTests {
    @Test func fewDifferentKeysKeepWrittenOrder() {
        let map: TemplateMap = ["label": "已付款", "date": "2025-11-30", "state": "done", "note": ""]
        #expect(map.keys == ["label", "date", "state", "note"])
        #expect(map["state"]?.text == "done")
        #expect(map["note"]?.text == "")
        #expect(map["missing"] == nil)
    }

    @Test func emptyAndSingleLiterals() {
        let empty: TemplateMap = [:]
        let single: TemplateMap = ["id": "O-1"]
        #expect(empty.isEmpty)
        #expect(single.keys == ["id"] && single["id"]?.text == "O-1")
    }

    @Test func repeatedKeyKeepsFirstPlaceAndLastValue() {
        let map: TemplateMap = ["a": 1, "b": 2, "a": 3]
        #expect(map.keys == ["a", "b"])
        #expect(map["a"]?.text == "3")
        #expect(map["b"]?.text == "2")
    }

    @Test func eightKeysAtTheThresholdAndNineAboveIt() {
        let eight: TemplateMap = ["k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8]
        let nine: TemplateMap = ["k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9]
        #expect(eight.keys == (1...8).map { "k\($0)" })
        #expect(nine.keys == (1...9).map { "k\($0)" })
        #expect(eight["k8"]?.text == "8" && nine["k9"]?.text == "9" && nine["k1"]?.text == "1")
    }

    @Test func repeatedKeyAmongManyKeepsFirstPlaceAndLastValue() {
        let map: TemplateMap = ["k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k2": 20]
        #expect(map.keys == (1...9).map { "k\($0)" })
        #expect(map["k2"]?.text == "20")
    }
}
