import Diagnostics

/// Applying a filter and positioning its failures.
extension Renderer {
    mutating func apply(_ call: FilterCall, to value: TemplateValue) throws(Diagnostic) -> TemplateValue {
        var arguments: [TemplateValue] = []
        arguments.reserveCapacity(call.arguments.count)
        for argument in call.arguments { arguments.append(try evaluate(argument)) }
        try spend(1 &+ Self.cost(of: value), at: call.position)
        let result: TemplateValue
        do {
            result = try call.body(value, arguments, library.filterContext)
        } catch let failure as TemplateFilterError {
            let arguments = failure.arguments.merging(["filter": call.name, "detail": failure.message]) { $1 }
            throw error("E-TEMPLATE-FILTER", arguments, at: call.position)
        } catch let failure as Diagnostic {
            let arguments = failure.arguments.merging(["filter": call.name, "detail": failure.code.rawValue]) { $1 }
            throw error("E-TEMPLATE-FILTER", arguments, at: call.position)
        } catch {
            throw self.error("E-TEMPLATE-FILTER-FAILED", ["filter": call.name, "detail": "\(error)"], at: call.position)
        }
        return try built(result, at: call.position)
    }
}
