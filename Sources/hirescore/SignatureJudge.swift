import Compliance
import Foundation
import ScoringCore

/// The card signature checks of one command run: each store's key list is read once.
struct SignatureJudge {
    private var stores: [String: CardSignatures] = [:]

    /// The verdict on a sealed scorecard read from `file`; a signed card outside any store is not checked
    /// (there is no key list to check it against), an unsigned one is unsigned (v1).
    mutating func verdict(file: String, scorecard: Scorecard) -> CardSignatures.Verdict {
        guard let seal = scorecard.seal else { return .unsigned }
        guard let root = CardSignatures.storeRoot(containing: file) else {
            return scorecard.signature == nil ? .unsigned : .notChecked
        }
        if stores[root] == nil { stores[root] = CardSignatures(storeRoot: root) }
        return stores[root]?.verdict(path: file, seal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer) ?? .unsigned
    }
}
