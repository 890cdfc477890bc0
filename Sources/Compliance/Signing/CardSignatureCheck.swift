import Foundation
import Panel
import ScoringCore

/// The signature check of a merge over some files (``PanelMerger/signatureCheck``): each store's key list and card
/// events are read once, and each card is judged against the store it lies in; a card outside any store is accepted
/// as unsigned (v1) or, when signed, as not checked (there is no key list to check it against).
///
/// With `recordingVerified`, a store with at least ``ScorecardIndex/minimumFiles`` of the files takes the Ed25519
/// checks it made before from the user's cache (``VerifiedSignatures``: the exact key, signature and seal were found
/// valid), and ``recordVerified()`` keeps the ones made in this run for the next. The rest of each verdict (the key
/// list, the card's events, revocations) is worked out from the log every time.
///
/// ```swift
/// let signatures = CardSignatureCheck(files: files, cache: cache, recordingVerified: true)
/// merger.signatureCheck = signatures.verdict
/// let report = merger.merge(files: files, rubrics: rubrics)
/// signatures.recordVerified()
/// ```
package struct CardSignatureCheck: Sendable {
    /// The verdict on a card (its file and scorecard) as a merge takes it.
    package let verdict: @Sendable (String, Scorecard) -> SignatureVerdict
    /// Each store's facts by the name of their cache file.
    private let verified: [String: VerifiedSignatures]
    /// The user's cache.
    private let cache: UserCache?

    /// The check of `files`; with `cache`, each log is read through the user's index of it (the same verdicts), and
    /// with `recordingVerified` too, signatures found valid before are taken from there.
    package init(files: [String], cache: UserCache?, recordingVerified: Bool) {
        var paths = StoreRelativePaths()
        var placeOfFile: [String: (root: String, relative: String)] = [:]
        var cardsOfRoot: [String: Set<String>] = [:]
        for file in files {
            guard let root = paths.storeRoot(ofFile: file) else { continue }
            let relative = paths.relative(file, to: root)
            placeOfFile[file] = (root, relative)
            cardsOfRoot[root, default: []].insert(relative)
        }
        // Each store's key list and the events of the cards at hand, read once; the log's other lines are skipped.
        var stores: [String: CardSignatures] = [:]
        var verified: [String: VerifiedSignatures] = [:]
        let program = ScorecardIndex.programStamp()
        for (root, cards) in cardsOfRoot {
            var store = CardSignatures(storeRoot: root, cards: cards, cache: cache)
            if recordingVerified, let cache, let program, cards.count >= ScorecardIndex.minimumFiles,
                let name = VerifiedSignatures.cacheName(storeRoot: root)
            {
                let facts = VerifiedSignatures.read(from: cache, name: name, program: program)
                store.verified = facts
                verified[name] = facts
            }
            stores[root] = store
        }
        self.verified = verified
        self.cache = cache
        verdict = { [stores, placeOfFile] file, scorecard in
            guard let seal = scorecard.seal else { return .accepted(.unsigned) }
            guard let place = placeOfFile[file], let store = stores[place.root] else {
                // Outside a store (a folder copied out): no key list to check against; merging a copy is no record.
                return .accepted(scorecard.signature == nil ? .unsigned : .notChecked)
            }
            return store.verdict(
                relativePath: place.relative, seal: seal, signature: scorecard.signature,
                interviewer: scorecard.interviewer
            ).panelVerdict
        }
    }

    /// How many Ed25519 checks the cache's facts answered and how many valid signatures were newly checked, over all
    /// stores that use the cache.
    package var counts: (answered: Int, found: Int) {
        verified.values.reduce((0, 0)) { ($0.0 + $1.counts.answered, $0.1 + $1.counts.found) }
    }

    /// Keeps the signatures found valid in this run in the user's cache, for the next run (nothing when none is new).
    package func recordVerified() {
        guard let cache, let program = ScorecardIndex.programStamp() else { return }
        for (name, facts) in verified { facts.write(to: cache, name: name, program: program) }
    }
}
