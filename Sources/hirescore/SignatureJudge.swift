import Compliance
import Foundation
import ScoringCore

/// The card signature checks of one command run: each store's key list is read once.
struct SignatureJudge {
    private var stores: [String: CardSignatures] = [:]

    /// The verdict on a sealed scorecard read from `file`; a card outside any store is unsigned (v1)
    /// when it carries no signature, and refused when it does (there is no key list to check it against).
    mutating func verdict(file: String, scorecard: Scorecard) -> CardSignatures.Verdict {
        guard let seal = scorecard.seal else { return .unsigned }
        guard let root = CardSignatures.storeRoot(containing: file) else {
            return scorecard.signature == nil ? .unsigned
                : .refused(.init(en: "it is signed, but it lies outside a store, so there is no key list to check it against; verify it inside its store",
                                 de: "er ist signiert, liegt aber außerhalb einer Ablage, also gibt es keine Schlüsselliste zum Prüfen; prüfen Sie ihn in seiner Ablage"))
        }
        if stores[root] == nil { stores[root] = CardSignatures(storeRoot: root) }
        return stores[root]?.verdict(path: file, seal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer) ?? .unsigned
    }
}
