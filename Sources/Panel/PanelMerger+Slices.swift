import Foundation
import ScoringCore

extension PanelMerger {
    /// The scorecard index a merge of `files` reads and writes, when it uses one.
    struct IndexUse {
        /// The index as recorded, nil when there is none (or it cannot be trusted).
        var stored: ScorecardIndex?
        /// The index files are looked up in (empty when none is recorded).
        var index: ScorecardIndex
        /// The user's cache the index is kept in.
        var cache: UserCache
        /// The index's name in the cache (one per store).
        var name: String
        /// The build the index is valid for.
        var program: String
        /// Where the encodings of the cards read now wait until the index is written, and the panels' evidence until
        /// the report is rendered (nil: in memory).
        var scratch: ByteSource?

        /// `record`, its scorecard's encoding moved to ``scratch`` when there is one.
        func kept(_ record: ScorecardIndex.Record?) -> ScorecardIndex.Record? {
            guard let record, let scratch else { return record }
            return ScorecardIndex.record(record, movedTo: scratch)
        }
    }

    /// What the first pass found of one file: its group key, and the file as loaded when finding the key needed that
    /// (decoded because its bytes did not state the key plainly, or could not be read).
    private struct Found: Sendable {
        /// The group key; nil for a file that could not be read as a scorecard and names no candidate.
        var key: String?
        /// The file as loaded already, or nil when it is read in its slice.
        var loaded: ParallelLoader.Loaded?
    }

    /// Reads and merges `files` a slice of candidates at a time, holding only one slice's decoded cards besides the
    /// panels: first each file's group key is found (``CandidateKeyScan``, or from the index), then the candidates are
    /// read, checked and merged in key order, ``candidatesPerSlice`` at a time. The report is the one
    /// ``mergeAtOnce(_:rubrics:)`` gives. Nil when a decoded scorecard (or an unreadable file's YAML) names another
    /// candidate than its bytes seemed to: the caller then merges all files at once.
    package func mergeInSlices(_ files: [String], rubrics: [Rubric]) -> Report? {
        let use = indexUse(files)
        let loader = ScorecardLoader()
        let folder = FileManager.default.currentDirectoryPath
        let now = Int64(Date().timeIntervalSince1970)
        var found = ParallelMap.map(files.count) { [use] number in
            Self.find(files[number], loader: loader, rubrics: rubrics, index: use?.index, folder: folder, now: now)
        }
        PhaseTimer.mark("find the candidate of \(files.count) scorecards")
        // Only the keys and the few files already decoded are kept: a `Found` holds a whole loaded file inline (about
        // 1 KB even when empty), which at 50,000 files would be 50 MB of nothing.
        var fileKeys = [String?](repeating: nil, count: files.count)
        var early: [Int: ParallelLoader.Loaded] = [:]
        var filesByKey: [String: [Int]] = [:]
        var keyless: [Int] = []
        for (number, file) in found.enumerated() {
            fileKeys[number] = file.key
            if let loaded = file.loaded { early[number] = loaded }
            if let key = file.key { filesByKey[key, default: []].append(number) } else { keyless.append(number) }
        }
        found = []
        let keys = filesByKey.keys.sorted()
        let reading = progress.map { tell in
            ProgressCounter(total: files.count) { tell(.reading(done: $0, total: $1)) }
        }
        let merging = progress.map { tell in
            ProgressCounter(total: keys.count) { tell(.merging(done: $0, total: $1)) }
        }
        var unreadable: [(number: Int, problem: Problem)] = []
        var sources: [String: String] = [:]
        var recorded = [(record: ScorecardIndex.Record?, fromIndex: Bool)](
            repeating: (nil, false), count: use == nil ? 0 : files.count)
        var panels: [PanelResult] = []
        var merged: [String] = []
        var refusals: [Problem] = []
        var stems: [String: String] = [:]
        let perSlice = max(1, candidatesPerSlice)
        let slices = (keys.count + perSlice - 1) / perSlice
        for sliceStart in stride(from: 0, to: keys.count, by: perSlice) {
            let sliceKeys = keys[sliceStart..<min(keys.count, sliceStart + perSlice)]
            let numbers = sliceKeys.flatMap { filesByKey[$0] ?? [] }
            let loaded = ParallelMap.map(numbers.count) {
                [early, use] position -> (card: ParallelLoader.Loaded, record: ScorecardIndex.Record?) in
                defer { reading?.step() }
                let number = numbers[position]
                let card =
                    early[number]
                    ?? ParallelLoader.loadOne(
                        files[number], loader: loader, rubrics: rubrics, index: use?.index, folder: folder, now: now)
                // What the index will record of a file read now, encoded here: the decoded card goes with its slice.
                let record = card.fromIndex ? nil : card.entry.map { ScorecardIndex.record(of: $0, encoded: true) }
                return (card, record)
            }
            var groups: [String: [Member]] = [:]
            var incomplete: Set<String> = []
            for (number, (card, record)) in zip(numbers, loaded) {
                early[number] = nil
                if let use { recorded[number] = (use.kept(record), card.fromIndex) }
                let file = files[number]
                if let scorecard = card.result.scorecard, let rubric = card.result.rubric {
                    let key = scorecard.groupKey
                    guard key == fileKeys[number] else { return nil }
                    groups[key, default: []].append((file, scorecard, rubric, card.sealIntact))
                    continue
                }
                let source = card.result.source
                if let key = PanelMerger.groupKey(ofUnreadable: source) {
                    guard key == fileKeys[number] else { return nil }
                    incomplete.insert(key)
                }
                sources[file] = source
                unreadable.append((number, Self.unreadableProblem(file, card.result)))
            }
            stems.merge(PanelMerger.interviewerStems(groups)) { first, _ in first }
            let outcome = mergeGroups(groups, incomplete: incomplete, stems: stems, step: merging?.step)
            // A report that shows the evidence reads it back from the scratch file (most of a panel's memory).
            if keepsEvidence, let scratch = use?.scratch {
                panels += outcome.panels.map { $0.evidenceStored(in: scratch) }
            } else {
                panels += outcome.panels
            }
            merged += outcome.merged
            refusals += outcome.refusals
        }
        for number in keyless {
            reading?.step()
            guard let card = early[number] else { continue }
            if let use {
                recorded[number] = (
                    use.kept(card.entry.map { ScorecardIndex.record(of: $0, encoded: true) }), card.fromIndex
                )
            }
            sources[files[number]] = card.result.source
            unreadable.append((number, Self.unreadableProblem(files[number], card.result)))
        }
        let fromIndex = recorded.reduce(0) { $0 + ($1.fromIndex ? 1 : 0) }
        PhaseTimer.mark(
            "read and merge \(panels.count) candidates in \(slices) slices: \(files.count - fromIndex) scorecards read "
                + "and decoded, \(fromIndex) from the index")
        if let use, let updated = ScorecardIndex.updated(use.stored, files: files, recorded: recorded) {
            updated.write(to: use.cache, name: use.name, program: use.program)
            PhaseTimer.mark("write the scorecard index")
        }
        let problems = unreadable.sorted { $0.number < $1.number }.map(\.problem) + refusals
        var report = finish(
            panels: panels, problems: problems, files: files, merged: merged, sources: sources, stems: stems)
        if keepsEvidence { report.evidenceScratch = use?.scratch }
        return report
    }

    /// The scorecard index for `files` from the user's cache, when there is a cache and the merge is large enough to
    /// gain from it (``ScorecardIndex/minimumFiles``); its `index` is nil when none is recorded yet or it cannot be
    /// trusted.
    func indexUse(_ files: [String]) -> IndexUse? {
        guard let cache, files.count >= ScorecardIndex.minimumFiles,
            let name = ScorecardIndex.cacheName(for: files), let program = ScorecardIndex.programStamp()
        else { return nil }
        let index = ScorecardIndex.read(from: cache, name: name, program: program)
        PhaseTimer.mark("read the scorecard index (\(index?.count ?? 0) entries)")
        return IndexUse(
            stored: index, index: index ?? ScorecardIndex(), cache: cache, name: name, program: program,
            scratch: makeScratch(cache))
    }

    /// The group key of the file at `path`: from `index` when it records the file as it is now, else from its bytes
    /// (``CandidateKeyScan``); a file whose bytes do not state it plainly, or that cannot be read, is decoded here.
    private static func find(
        _ path: String, loader: ScorecardLoader, rubrics: [Rubric], index: ScorecardIndex?, folder: String, now: Int64
    ) -> Found {
        // The stamp is taken before the file is read, as the loader does.
        let stamp = index == nil ? nil : ScorecardIndex.Stamp(path: path)
        if let index, let stamp, let key = index.groupKey(ScorecardIndex.key(path, currentFolder: folder), stamp: stamp)
        {
            // Decoded in its slice (its key comes from the index without decoding the card).
            return Found(key: key, loaded: nil)
        }
        let result: ScorecardLoader.Result
        switch BoundedFile.read(path, limit: loader.limits.maximumBytes) {
        case .success(let bytes):
            if let key = CandidateKeyScan.key(in: bytes) { return Found(key: key, loaded: nil) }
            result = loader.load(bytes: bytes, path: path, rubrics: rubrics)
        case .failure:
            // Read again by the loader, for its diagnostic.
            result = loader.load(path: path, rubrics: rubrics)
        }
        let loaded = ParallelLoader.decoded(result, stamp: stamp, now: now)
        if let scorecard = loaded.result.scorecard, loaded.result.rubric != nil {
            return Found(
                key: scorecard.groupKey,
                loaded: loaded)
        }
        return Found(key: PanelMerger.groupKey(ofUnreadable: loaded.result.source), loaded: loaded)
    }

    /// The problem of a file that could not be read as a scorecard, with its errors.
    static func unreadableProblem(_ file: String, _ result: ScorecardLoader.Result) -> Problem {
        Problem(
            code: "unreadable", message: PanelMessages.unreadable, files: [file], candidate: nil,
            diagnostics: result.diagnostics.filter { $0.severity == .error })
    }
}
