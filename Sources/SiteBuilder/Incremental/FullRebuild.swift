import Diagnostics

/// Why serve builds the whole site again: a message of `MessageCatalog.serve` and its arguments, so the
/// "Full rebuild:" line is in the shop's language.
public struct FullRebuild: Sendable, Equatable {
    /// The message code of the reason (`H-FULL-…`).
    public let code: MessageCode
    /// The arguments of its text (`path`).
    public let arguments: [String: String]

    /// The first build of the session.
    static let firstBuild = FullRebuild(code: "H-FULL-FIRST-BUILD", arguments: [:])
    /// No earlier build succeeded, so there is nothing to update in place.
    static let noGoodBuild = FullRebuild(code: "H-FULL-NO-GOOD-BUILD", arguments: [:])
    /// A folder appeared or vanished under templates/.
    static let templatesFolder = FullRebuild(code: "H-FULL-TEMPLATES-FOLDER", arguments: [:])
    /// site.yaml, promotions, free pages or traffic changed: every page may show them.
    static let sharedChanged = FullRebuild(code: "H-FULL-SHARED", arguments: [:])
    /// Product photos changed: new derived files to copy.
    static let photosChanged = FullRebuild(code: "H-FULL-PHOTOS", arguments: [:])
    /// Most pages changed, so writing them all at once is quicker.
    static let mostPages = FullRebuild(code: "H-FULL-MOST-PAGES", arguments: [:])

    /// A whole root (`content`, `templates`) may have changed.
    static func root(_ path: String) -> FullRebuild { FullRebuild(code: "H-FULL-ROOT", arguments: ["path": path]) }

    /// A path outside what an incremental rebuild handles changed.
    static func path(_ path: String) -> FullRebuild { FullRebuild(code: "H-FULL-PATH", arguments: ["path": path]) }

    /// The reason as a phrase in `language`.
    public func text(in language: Language) -> String { MessageCatalog.text(code, arguments, in: language) }
}
