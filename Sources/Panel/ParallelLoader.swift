import ScoringCore

/// Reads many scorecard files on all cores; the results keep the order of the files.
enum ParallelLoader {
    static func load(_ files: [String], rubrics: [Rubric]) -> [ScorecardLoader.Result] {
        let loader = ScorecardLoader()
        return ParallelMap.map(files.count) { index in loader.load(path: files[index], rubrics: rubrics) }
    }
}
