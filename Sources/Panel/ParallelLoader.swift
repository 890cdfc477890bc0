import ScoringCore

/// Reads many scorecard files on all cores; the results keep the order of the files.
enum ParallelLoader {
    /// The files read and decoded; `step` is called after each one (from the core that read it).
    static func load(_ files: [String], rubrics: [Rubric], step: (@Sendable () -> Void)? = nil) -> [ScorecardLoader
        .Result]
    {
        let loader = ScorecardLoader()
        return ParallelMap.map(files.count) { index in
            defer { step?() }
            return loader.load(path: files[index], rubrics: rubrics)
        }
    }
}
