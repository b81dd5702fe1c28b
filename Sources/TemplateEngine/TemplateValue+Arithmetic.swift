/// Arithmetic that keeps money exact: int with int stays int, any decimal makes a decimal, any double a double.
extension TemplateValue {
    /// The operators `+ - * / %` as the templates write them.
    enum ArithmeticOperator: String, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    }

    /// `self op other`, or a type-mismatch / overflow / division-by-zero error.
    func combined(_ op: ArithmeticOperator, with other: TemplateValue) throws(ValueError) -> TemplateValue {
        switch (self, other) {
        case (.int(let a), .int(let b)): return try Self.ints(a, op, b)
        case (.double, _), (_, .double):
            guard let a = asDouble, let b = other.asDouble else { break }
            return try Self.doubles(a, op, b)
        case (.decimal, _), (_, .decimal):
            guard let a = asDecimal, let b = other.asDecimal else { break }
            return try Self.decimals(a, op, b)
        case (.string(let a), .string(let b)) where op == .add: return .string(a + b)
        case (.list(let a), .list(let b)) where op == .add: return .list(a + b)
        default: break
        }
        throw ValueError("P-TEMPLATE-CANNOT-APPLY", ["operator": op.rawValue, "type": typeName, "other_type": other.typeName])
    }

    /// The value as ten-thousandths, for ints and decimals.
    var asDecimal: Int64? {
        switch self {
        case .int(let i):
            let (v, overflow) = Int64(i).multipliedReportingOverflow(by: DecimalText.scale)
            return overflow ? nil : v
        case .decimal(let d): return d
        default: return nil
        }
    }

    /// The value as a double, for any number.
    var asDouble: Double? {
        switch self {
        case .int(let i): Double(i)
        case .decimal(let d): Double(d) / Double(DecimalText.scale)
        case .double(let d): d
        default: nil
        }
    }

    private static func ints(_ a: Int, _ op: ArithmeticOperator, _ b: Int) throws(ValueError) -> TemplateValue {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = a.addingReportingOverflow(b)
        case .subtract: result = a.subtractingReportingOverflow(b)
        case .multiply: result = a.multipliedReportingOverflow(by: b)
        case .remainder:
            guard b != 0 else { throw ValueError("P-TEMPLATE-DIVISION-BY-ZERO") }
            result = a.remainderReportingOverflow(dividingBy: b)
        case .divide:
            guard b != 0 else { throw ValueError("P-TEMPLATE-DIVISION-BY-ZERO") }
            if a % b == 0 { return .int(a / b) }
            guard let x = TemplateValue.int(a).asDecimal, let y = TemplateValue.int(b).asDecimal else { throw overflow }
            return try decimals(x, .divide, y)
        }
        if result.overflow { throw overflow }
        return .int(result.partialValue)
    }

    private static func decimals(_ a: Int64, _ op: ArithmeticOperator, _ b: Int64) throws(ValueError) -> TemplateValue {
        switch op {
        case .add:
            let r = a.addingReportingOverflow(b)
            if r.overflow { throw overflow }
            return .decimal(r.partialValue)
        case .subtract:
            let r = a.subtractingReportingOverflow(b)
            if r.overflow { throw overflow }
            return .decimal(r.partialValue)
        case .multiply:
            let product = Int128(a) * Int128(b), scale = Int128(DecimalText.scale)
            var q = product / scale
            let r = product % scale
            if r.magnitude * 2 >= scale.magnitude { q += r < 0 ? -1 : 1 }
            guard let result = Int64(exactly: q) else { throw overflow }
            return .decimal(result)
        case .divide, .remainder:
            guard b != 0 else { throw ValueError("P-TEMPLATE-DIVISION-BY-ZERO") }
            if op == .remainder { return .decimal(a % b) }
            let (scaled, o) = a.multipliedReportingOverflow(by: DecimalText.scale)
            if o { throw overflow }
            return .decimal(DecimalText.divideRounded(scaled, by: b))
        }
    }

    private static func doubles(_ a: Double, _ op: ArithmeticOperator, _ b: Double) throws(ValueError) -> TemplateValue {
        switch op {
        case .add: return .double(a + b)
        case .subtract: return .double(a - b)
        case .multiply: return .double(a * b)
        case .divide, .remainder:
            guard b != 0 else { throw ValueError("P-TEMPLATE-DIVISION-BY-ZERO") }
            return .double(op == .divide ? a / b : a.truncatingRemainder(dividingBy: b))
        }
    }

    private static var overflow: ValueError { ValueError("P-TEMPLATE-NUMBER-OVERFLOW") }
}
