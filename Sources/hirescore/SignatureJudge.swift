import Compliance
import Foundation
import ScoringCore

/// The card signature checks of one command run: each store's key list is read once.
struct SignatureJudge {
    private var stores: [String: CardSignatures] = [:]
    /// The store named with `verify --store`, whose key list checks every card (cards outside it as copies).
    private let keyStore: CardSignatures?

    /// A judge that checks each card against the store it lies in, or against `keyStore` when one is named.
    init(keyStore: String? = nil) {
        self.keyStore = keyStore.map { CardSignatures(storeRoot: URL(fileURLWithPath: $0).standardizedFileURL.path) }
    }

    /// The verdict on a sealed scorecard read from `file`, and whether it was checked as a copy against the
    /// named store. Without a named store, a signed card outside any store is not checked (there is no key
    /// list to check it against) and an unsigned one is unsigned (v1).
    mutating func verdict(file: String, scorecard: Scorecard) -> (verdict: CardSignatures.Verdict, asCopy: Bool) {
        guard let seal = scorecard.seal else { return (.unsigned, false) }
        let root = CardSignatures.storeRoot(containing: file)
        if let keyStore {
            if root == keyStore.storeRoot {
                return (
                    keyStore.verdict(
                        path: file, seal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer),
                    false
                )
            }
            return (
                keyStore.verdict(
                    copyWithSeal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer), true
            )
        }
        guard let root else {
            return (scorecard.signature == nil ? .unsigned : .notChecked, false)
        }
        if stores[root] == nil { stores[root] = CardSignatures(storeRoot: root) }
        return (
            stores[root]?.verdict(
                path: file, seal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer)
                ?? .unsigned, false
        )
    }
}
