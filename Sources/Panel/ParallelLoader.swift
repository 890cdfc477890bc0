import Foundation
import ScoringCore

/// Reads many scorecard files on all cores; the results keep the order of the files.
enum ParallelLoader {
    /// One file as a merge takes it: what reading it gave, whether its seal is intact, and what the scorecard index
    /// records of it now.
    struct Loaded: Sendable {
        /// The scorecard (or the diagnostics) as reading the file gives it.
        var result: ScorecardLoader.Result
        /// Whether the scorecard is submitted and its seal matches its content (worked out once per file).
        var sealIntact: Bool
        /// The file's entry for the index: the one taken from it, a new one, or nil when the file cannot be recorded.
        var entry: ScorecardIndex.Entry?
        /// Whether the entry was taken from the index (the file was not read).
        var fromIndex: Bool
    }

    /// The files read and decoded; `step` is called after each one (from the core that read it).
    static func load(_ files: [String], rubrics: [Rubric], step: (@Sendable () -> Void)? = nil) -> [ScorecardLoader
        .Result]
    {
        load(files, rubrics: rubrics, index: nil, step: step).map(\.result)
    }

    /// The files read and decoded, or taken from `index` where it records a file exactly as it is now (see
    /// ``ScorecardIndex``); `step` is called after each one (from the core that did it). The bytes read are kept
    /// only for the files that could not be read as a scorecard (for quoting their diagnostics).
    static func load(
        _ files: [String], rubrics: [Rubric], index: ScorecardIndex?, step: (@Sendable () -> Void)? = nil
    ) -> [Loaded] {
        let loader = ScorecardLoader()
        let folder = FileManager.default.currentDirectoryPath
        let now = Int64(Date().timeIntervalSince1970)
        return ParallelMap.map(files.count) { number in
            defer { step?() }
            return loadOne(files[number], loader: loader, rubrics: rubrics, index: index, folder: folder, now: now)
        }
    }

    /// One file read and decoded, or taken from `index` where it records the file exactly as it is now. `folder` is
    /// the current folder (index keys are absolute) and `now` the time in seconds (a file changed in the last seconds
    /// is not recorded).
    static func loadOne(
        _ path: String, loader: ScorecardLoader, rubrics: [Rubric], index: ScorecardIndex?, folder: String, now: Int64
    ) -> Loaded {
        // The stamp is taken before the file is read: a write after it changes the stamp the next run sees.
        let stamp = index == nil ? nil : ScorecardIndex.Stamp(path: path)
        if let index, let stamp,
            let loaded = fromIndex(path, stamp: stamp, index: index, rubrics: rubrics, folder: folder)
        {
            return loaded
        }
        return decoded(loader.load(path: path, rubrics: rubrics), stamp: stamp, now: now)
    }

    /// The file as `index` records it, when the record's stamp is `stamp` (taken before anything else of the file was
    /// read) and its rubric is among `rubrics` with the same hash; nil when the file must be read.
    static func fromIndex(
        _ path: String, stamp: ScorecardIndex.Stamp, index: ScorecardIndex, rubrics: [Rubric], folder: String
    ) -> Loaded? {
        guard let entry = index.entry(ScorecardIndex.key(path, currentFolder: folder), stamp: stamp),
            let rubric = rubrics.first(where: {
                $0.id == entry.scorecard.rubricID && $0.version == entry.scorecard.rubricVersion
            }), rubric.hash == entry.rubricHash
        else { return nil }
        var result = ScorecardLoader.Result()
        result.scorecard = entry.scorecard
        result.scorecard?.sourcePath = path
        result.rubric = rubric
        return Loaded(result: result, sealIntact: entry.sealIntact, entry: entry, fromIndex: true)
    }

    /// A file as reading it gave `result`, with its seal checked and its index entry made when `stamp` (taken before
    /// the file was read) is given and not recent.
    static func decoded(_ result: ScorecardLoader.Result, stamp: ScorecardIndex.Stamp?, now: Int64) -> Loaded {
        var result = result
        // A merge quotes the text only of files it could not read: the bytes of the others (about 5 KB a card)
        // are dropped here, not after all of them are read (250 MB at 50,000 cards).
        if result.scorecard != nil && result.rubric != nil { result.sourceBytes = [] }
        let sealIntact = result.scorecard?.hasValidSeal ?? false
        var entry: ScorecardIndex.Entry?
        if let stamp, !stamp.isRecent(now: now), let scorecard = result.scorecard, let rubric = result.rubric {
            entry = ScorecardIndex.Entry(
                stamp: stamp, rubricHash: rubric.hash, sealIntact: sealIntact, scorecard: scorecard)
        }
        return Loaded(result: result, sealIntact: sealIntact, entry: entry, fromIndex: false)
    }
}
