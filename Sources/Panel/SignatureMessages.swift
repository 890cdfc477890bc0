import ScoringCore

/// The sentences about who signed a scorecard, each with its German and English text: shown by verify,
/// merge's reports, rank, calibrate, decide and the export.
package enum SignatureMessages {
    /// The heading before a summary line: "Signatures".
    package static let heading = LocalizedText(en: "Signatures", de: "Signaturen")

    /// The heading before one card's signature: "Signature".
    package static let cardHeading = LocalizedText(en: "Signature", de: "Signatur")

    /// A draft merged with `--include-drafts`: not sealed, so nothing signed.
    package static let draftNotSealed = LocalizedText(en: "draft, not sealed", de: "Entwurf, nicht versiegelt")

    /// The column or field heading for a scorecard's signer: "signed by".
    package static let signedByHeading = LocalizedText(en: "signed by", de: "signiert von")

    /// One card's signature in words.
    package static func label(_ signature: CardSignature) -> LocalizedText {
        switch signature {
        case .signed(let name, let keyID):
            return .init(en: "signed by \(name) (\(keyID))", de: "signiert von \(name) (\(keyID))")
        case .unsigned:
            return .init(en: "unsigned (v1)", de: "unsigniert (v1)")
        case .notChecked:
            return .init(en: "signed, not checked (no key list)", de: "signiert, nicht geprüft (keine Schlüsselliste)")
        }
    }

    /// The signer as a table cell: "Anna Schmidt (ed25519:…)", "unsigned (v1)", "signed, not checked (no key list)".
    package static func cell(_ signature: CardSignature) -> LocalizedText {
        if case .signed(let name, let keyID) = signature { return LocalizedText("\(name) (\(keyID))") }
        return label(signature)
    }

    /// The most files a summary line lists before "and N more".
    static let listedFiles = 10

    /// A summary in one line; `naming` adds the signers' names and keys and names the unsigned cards by
    /// candidate and interviewer (not for calibrate, whose interviewers may be anonymous).
    static func summary(_ summary: SignatureSummary, naming: Bool) -> LocalizedText {
        guard summary.scorecards > 0 else {
            return .init(en: "no sealed scorecard merged", de: "kein versiegelter Bewertungsbogen zusammengeführt")
        }
        func files(_ cards: [SignatureSummary.Card]) -> LocalizedText {
            let shown = cards.prefix(listedFiles).map { "\($0.candidate) \($0.interviewer)" }.joined(separator: ", ")
            let more = cards.count - min(cards.count, listedFiles)
            return more > 0
                ? .init(en: "\(shown) and \(more) more", de: "\(shown) und \(more) weitere") : LocalizedText(shown)
        }
        let count = summary.scorecards
        let signed = summary.signedCount
        if signed == 0 && summary.notChecked.isEmpty {
            // A store from before signatures: one phrase, not a list of every card.
            return .init(
                en: count == 1 ? "the scorecard is unsigned (v1)" : "all \(count) scorecards unsigned (v1)",
                de: count == 1
                    ? "der Bewertungsbogen ist unsigniert (v1)" : "alle \(count) Bewertungsbögen unsigniert (v1)")
        }
        let keys = naming && !summary.signers.isEmpty
        var parts = [signedPart(count: count, signed: signed, allSigned: summary.allSigned, namingKeys: keys)]
        if keys {
            let en = summary.signers.map { "\($0.scorecards) by \($0.name) (\($0.keyID))" }.joined(separator: ", ")
            let de = summary.signers.map { "\($0.scorecards) von \($0.name) (\($0.keyID))" }.joined(separator: ", ")
            parts[0] = .init(en: parts[0].text(in: .en) + ": " + en, de: parts[0].text(in: .de) + ": " + de)
        }
        if !summary.unsigned.isEmpty {
            let unsigned = summary.unsigned.count
            parts.append(
                naming
                    ? .init(
                        en: "unsigned (v1): " + files(summary.unsigned).text(in: .en),
                        de: "unsigniert (v1): " + files(summary.unsigned).text(in: .de))
                    : .init(en: "\(unsigned) unsigned (v1)", de: "\(unsigned) unsigniert (v1)"))
        }
        if !summary.notChecked.isEmpty {
            let unchecked = summary.notChecked.count
            parts.append(
                naming
                    ? .init(
                        en: "signed but not checked (outside a store): " + files(summary.notChecked).text(in: .en),
                        de: "signiert, aber nicht geprüft (außerhalb einer Ablage): "
                            + files(summary.notChecked).text(in: .de))
                    : .init(
                        en: "\(unchecked) signed but not checked (outside a store)",
                        de: "\(unchecked) signiert, aber nicht geprüft (außerhalb einer Ablage)"))
        }
        return .joined(parts, separator: "; ")
    }

    /// The first part of ``summary(_:naming:)``: how many of `count` sealed scorecards are signed; without
    /// `namingKeys` it says the keys are registered (the list of signers and keys follows otherwise).
    private static func signedPart(count: Int, signed: Int, allSigned: Bool, namingKeys keys: Bool) -> LocalizedText {
        let cards = count == 1 ? (en: "scorecard", de: "Bewertungsbogen") : (en: "scorecards", de: "Bewertungsbögen")
        switch (allSigned, keys) {
        case (true, true):
            return .init(
                en: count == 1 ? "the scorecard is signed" : "all \(count) scorecards signed",
                de: count == 1 ? "der Bewertungsbogen ist signiert" : "alle \(count) Bewertungsbögen signiert")
        case (true, false):
            return .init(
                en: count == 1
                    ? "the scorecard is signed with a registered key"
                    : "all \(count) scorecards signed with registered keys",
                de: count == 1
                    ? "der Bewertungsbogen ist mit einem registrierten Schlüssel signiert"
                    : "alle \(count) Bewertungsbögen mit registrierten Schlüsseln signiert")
        case (false, true):
            return .init(
                en: "\(signed) of \(count) \(cards.en) signed", de: "\(signed) von \(count) \(cards.de) signiert")
        case (false, false):
            return .init(
                en: "\(signed) of \(count) \(cards.en) signed with registered keys",
                de: "\(signed) von \(count) \(cards.de) mit registrierten Schlüsseln signiert")
        }
    }

    /// The line before the scorecards a decision rests on.
    package static func decisionRestsOn(_ count: Int) -> LocalizedText {
        .init(
            en: "The decision rests on \(count == 1 ? "this scorecard" : "these \(count) scorecards"):",
            de:
                "Die Entscheidung stützt sich auf \(count == 1 ? "diesen Bewertungsbogen" : "diese \(count) Bewertungsbögen"):"
        )
    }

    /// What `decide` shows after recording: the scorecards the decision rests on, one line each with who signed it.
    package static func decisionBasis(_ panel: PanelResult) -> [LocalizedText] {
        [decisionRestsOn(panel.raters.count)]
            + panel.raters.map { rater in
                let label = rater.signature.map(label) ?? draftNotSealed
                return .init(
                    en: "  \(rater.file): " + label.text(in: .en), de: "  \(rater.file): " + label.text(in: .de))
            }
    }

    /// A signature verdict as the export records it (`code` as ``CardSignature/code`` or `refused`), in words.
    package static func verdict(code: String, signer: String?, keyID: String?, reason: String?) -> LocalizedText {
        switch code {
        case "signed":
            let key = keyID.map { " (\($0))" } ?? ""
            return .init(en: "signed by \(signer ?? "?")\(key)", de: "signiert von \(signer ?? "?")\(key)")
        case "unsigned-v1": return label(.unsigned)
        case "not-checked": return label(.notChecked)
        default:
            return .init(en: "signature refused: \(reason ?? "?")", de: "Signatur abgelehnt: \(reason ?? "?")")
        }
    }

    /// The export's note on a scorecard whose signature is refused: exported as written, but no panel result
    /// rests on it.
    package static func refusedInExport(_ reason: LocalizedText) -> LocalizedText {
        .init(
            en:
                "its signature is refused: \(reason.text(in: .en)); the scorecard is exported as written, but its candidate's panel result is not",
            de:
                "seine Signatur wird abgelehnt: \(reason.text(in: .de)); der Bogen wird wie geschrieben exportiert, das Panelergebnis dazu nicht"
        )
    }

    /// A card whose seal no longer matches its content: its signature cannot vouch for it.
    package static let brokenSeal = LocalizedText(
        en: "the seal no longer matches the content (changed after submission)",
        de: "das Siegel passt nicht mehr zum Inhalt (nach der Abgabe geändert)")

    /// `verify`: a signed card outside any store, checked against nothing.
    package static let notCheckedOutsideStore = LocalizedText(
        en:
            "signed, but the signature could not be checked: the card lies outside a store, so there is no key list; check it with 'hirescore verify FILE --store STORE' against the store it was submitted to",
        de:
            "signiert, aber die Signatur konnte nicht geprüft werden: der Bogen liegt außerhalb einer Ablage, es gibt also keine Schlüsselliste; prüfen Sie ihn mit 'hirescore verify DATEI --store ABLAGE' gegen die Ablage, in der er abgegeben wurde"
    )

    /// `verify --store`: the folder named is no store (it has no `.hirescore` folder, so no key list).
    package static func notAStore(_ folder: String) -> LocalizedText {
        .init(
            en:
                "\(folder) is not a store (it has no .hirescore folder, so no key list to check signatures against)",
            de:
                "\(folder) ist keine Ablage (es gibt dort keinen Ordner .hirescore und also keine Schlüsselliste für die Prüfung von Signaturen)"
        )
    }

    /// `verify --store`: the store's key list named in a result line.
    package static func checkedAgainst(_ store: String) -> LocalizedText {
        .init(en: "checked against the key list of \(store)", de: "geprüft gegen die Schlüsselliste von \(store)")
    }
}
