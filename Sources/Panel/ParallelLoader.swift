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
            let path = files[number]
            // The stamp is taken before the file is read: a write after it changes the stamp the next run sees.
            let stamp = index == nil ? nil : ScorecardIndex.Stamp(path: path)
            if let stamp, let entry = index?.entries[ScorecardIndex.key(path, currentFolder: folder)],
                entry.stamp == stamp,
                let rubric = rubrics.first(where: {
                    $0.id == entry.scorecard.rubricID && $0.version == entry.scorecard.rubricVersion
                }), rubric.hash == entry.rubricHash
            {
                var result = ScorecardLoader.Result()
                result.scorecard = entry.scorecard
                result.scorecard?.sourcePath = path
                result.rubric = rubric
                return Loaded(result: result, sealIntact: entry.sealIntact, entry: entry, fromIndex: true)
            }
            var result = loader.load(path: path, rubrics: rubrics)
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
}
