import ScoringCore

/// Who signed a merged scorecard, as its store's key list says: the signer a panel result rests on.
///
/// A card whose signature is refused never reaches a panel (``SignatureVerdict/refused(_:)``); the
/// cases here are the ones a panel can hold.
public enum CardSignature: Sendable, Hashable {
    /// Signed with this registered key, valid when the card was submitted or counter-signed.
    case signed(name: String, keyID: String)
    /// Submitted before the store signed its cards, and never counter-signed: "unsigned (v1)".
    case unsigned
    /// Signed, but not checked: the card lies outside a store, so there was no key list to check it against.
    case notChecked

    /// A stable word for scripts: `signed`, `unsigned-v1` or `not-checked`.
    public var code: String {
        switch self {
        case .signed: return "signed"
        case .unsigned: return "unsigned-v1"
        case .notChecked: return "not-checked"
        }
    }

    /// The signer's registered name, when signed.
    public var signerName: String? {
        if case .signed(let name, _) = self { return name }
        return nil
    }

    /// The signer's key id, when signed.
    public var keyID: String? {
        if case .signed(_, let keyID) = self { return keyID }
        return nil
    }

    /// The signature in words: "signed by Anna Schmidt (ed25519:…)", "unsigned (v1)", "signed, not checked".
    public var label: LocalizedText { SignatureMessages.label(self) }
}

/// What the check of one sealed scorecard's signature found: accepted (with who signed it), or refused with the reason.
public enum SignatureVerdict: Sendable, Hashable {
    /// The card may be merged; it carries this signature.
    case accepted(CardSignature)
    /// The card is refused: its signature fails, its key is unknown or was not valid, or its signature was removed.
    case refused(LocalizedText)
}

/// What the merged scorecards of some panels rest on: how many are signed and by whom, which are unsigned (v1),
/// which were not checked. Shown by rank and calibrate in one line, and by decide.
public struct SignatureSummary: Sendable, Hashable {
    /// One signer and their key.
    public struct Signer: Sendable, Hashable, Comparable {
        /// The registered name.
        public var name: String
        /// The key id.
        public var keyID: String
        /// The number of merged scorecards this key signed.
        public var scorecards: Int

        /// Ordered by name, then key id.
        public static func < (lhs: Signer, rhs: Signer) -> Bool { (lhs.name, lhs.keyID) < (rhs.name, rhs.keyID) }
    }

    /// One scorecard named by its candidate and interviewer, with its file.
    public struct Card: Sendable, Hashable, Comparable {
        /// The candidate's id.
        public var candidate: String
        /// The interviewer.
        public var interviewer: String
        /// The scorecard file.
        public var file: String

        /// Ordered by candidate, then interviewer.
        public static func < (lhs: Card, rhs: Card) -> Bool {
            (lhs.candidate, lhs.interviewer, lhs.file) < (rhs.candidate, rhs.interviewer, rhs.file)
        }
    }

    /// The number of merged sealed scorecards (drafts are not counted).
    public var scorecards: Int
    /// The signers, by name.
    public var signers: [Signer]
    /// The scorecards that are unsigned (v1), by candidate and interviewer.
    public var unsigned: [Card]
    /// The signed scorecards whose signature was not checked (outside a store), by candidate and interviewer.
    public var notChecked: [Card]

    /// The number of scorecards signed with a registered key.
    public var signedCount: Int { signers.reduce(0) { $0 + $1.scorecards } }
    /// Whether every merged scorecard is signed with a registered key.
    public var allSigned: Bool { scorecards > 0 && signedCount == scorecards }

    /// The summary of the raters of `panels`.
    public init(_ panels: [PanelResult]) {
        var count = 0
        var signed: [String: Signer] = [:]
        var unsigned: [Card] = []
        var notChecked: [Card] = []
        for panel in panels {
            for rater in panel.raters {
                guard let signature = rater.signature else { continue }
                count += 1
                switch signature {
                case .signed(let name, let keyID):
                    signed["\(name)\u{0}\(keyID)", default: Signer(name: name, keyID: keyID, scorecards: 0)]
                        .scorecards += 1
                case .unsigned:
                    unsigned.append(Card(candidate: panel.candidate, interviewer: rater.interviewer, file: rater.file))
                case .notChecked:
                    notChecked.append(
                        Card(candidate: panel.candidate, interviewer: rater.interviewer, file: rater.file))
                }
            }
        }
        scorecards = count
        signers = signed.values.sorted()
        self.unsigned = unsigned.sorted()
        self.notChecked = notChecked.sorted()
    }

    /// The summary in one line, with the signers' names and keys and the unsigned cards ("all 10 scorecards signed: 3
    /// by Anna Schmidt (ed25519:…), …").
    public var line: LocalizedText { SignatureMessages.summary(self, naming: true) }
    /// The summary in one line with counts only, for reports that must not name interviewers (calibrate).
    public var countsLine: LocalizedText { SignatureMessages.summary(self, naming: false) }
}
