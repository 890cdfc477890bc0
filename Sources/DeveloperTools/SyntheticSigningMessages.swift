import ScoringCore

/// What `hirescore dev sign-store` says when it refuses a store.
package enum SyntheticSigningMessages: MessageCatalogue {
    /// The store has an audit log already: only a freshly generated store is signed.
    package static func notFresh(_ logPath: String) -> LocalizedText {
        .init(
            en: "\(logPath) exists; sign-store only signs a freshly generated store",
            de: "\(logPath) existiert; sign-store signiert nur eine frisch erzeugte Ablage")
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("notFresh", notFresh("synthetic/.hirescore/audit.jsonl"))
    ]
}
