import Foundation
import ScoringCore

/// Merges sealed scorecards into one panel result per candidate, refusing what must not be merged.
///
/// Scorecards are grouped by requisition and candidate. A candidate is refused (and every file of
/// it listed) when a scorecard is a draft (unless drafts are included, then marked), its seal is
/// broken, the panel used different rubric versions or hashes, or an interviewer appears twice.
/// Files that cannot be read at all are listed too: every file read is accounted for.
package struct PanelMerger: Sendable {
    /// The scoring modules.
    package var registry: ModuleRegistry
    /// A consensus method other than the rubric's, for a what-if; nil uses each rubric's `decision.consensus`.
    package var whatIfMethod: ConsensusMethod?
    /// Whether drafts are merged (and marked) instead of refused.
    package var includeDrafts: Bool
    /// Recorded debrief decisions that set knock-outs aside, by ``overrideKey(requisition:candidate:)``.
    package var overrides: [String: [KnockOutOverride]] = [:]
    /// A check of each sealed scorecard's signature (file, scorecard): who signed it, or the reason it is refused.
    /// The records layer supplies it from the store's key list; without one, a signed card is merged as
    /// ``CardSignature/notChecked`` and an unsigned one as ``CardSignature/unsigned``.
    package var signatureCheck: (@Sendable (String, Scorecard) -> SignatureVerdict)?
    /// Told after each file read and each candidate merged (from the cores doing the work, so it must be quick and
    /// thread-safe): a command shows it as progress. Nil tells nobody.
    package var progress: (@Sendable (MergeProgress) -> Void)?
    /// The user's cache, for the store's scorecard index (``ScorecardIndex``): a merge of at least
    /// ``ScorecardIndex/minimumFiles`` files takes the files that have not changed since they were recorded from it,
    /// with the same results. Nil reads every file.
    package var cache: UserCache?
    /// The scratch file of a merge that uses the index (``IndexUse/scratch``), made in the user's cache: the cache's
    /// own (``UserCache/scratch()``) unless a test puts one there that fails.
    package var makeScratch: @Sendable (UserCache) -> ByteSource? = { $0.scratch() }
    /// How many candidates a merge reads and merges at a time: enough to keep both cores busy, few enough that a
    /// slice's decoded cards (about 18 KB each) take a few megabytes. Any number gives the same report.
    package var candidatesPerSlice = 512
    /// The one language the merge's report is rendered in, when there is one: each panel then keeps its texts only as
    /// they read in it (``PanelResult/inOneLanguage(_:)``), the same report at less memory. Nil keeps both languages.
    package var reportLanguage: String?
    /// Whether each rater keeps the evidence they wrote (``PanelResult/Rater/evidence``): a report that shows none
    /// (see `ReportRenderer.mergeShowsEvidence(as:)`) merges without it, the same report at less memory (a campaign's
    /// evidence is most of its panels' size). Rankings and calibrations never show it.
    package var keepsEvidence = true

    /// A scorecard of a candidate's panel: its file, the scorecard and the rubric it was read against.
    typealias Member = (file: String, scorecard: Scorecard, rubric: Rubric, sealIntact: Bool)

    /// Creates a merger; `whatIf` replaces each rubric's consensus method (every report then says so).
    package init(registry: ModuleRegistry, whatIf: ConsensusMethod? = nil, includeDrafts: Bool = false) {
        self.registry = registry
        self.whatIfMethod = whatIf
        self.includeDrafts = includeDrafts
    }

    /// The key of ``overrides`` for a candidate.
    package static func overrideKey(requisition: String?, candidate: String) -> String {
        "\(requisition ?? "")\u{0}\(candidate)"
    }

    /// How many of `raterCount` raters must report a knock-out for it to stand in the panel: at least half of the
    /// panel, and at least two raters in a panel of two or more (one interviewer's view never decides a panel).
    package static func reportsNeeded(raterCount: Int) -> Int {
        max((raterCount + 1) / 2, min(2, raterCount))
    }

    /// Something that stopped a file or a candidate from being merged.
    package struct Problem: Sendable, Hashable {
        /// A stable code: `unreadable`, `draft`, `broken-seal`, `mixed-rubrics`, `duplicate-interviewer`,
        /// `candidate-refused` (the sound scorecards of a refused candidate), `outside-store`, `missing`.
        package var code: String
        /// What is wrong and what to do.
        package var message: LocalizedText
        /// The files concerned.
        package var files: [String]
        /// The candidate concerned, when known.
        package var candidate: String?
        /// The file's own diagnostics, for unreadable files.
        package var diagnostics: [Diagnostic]
    }

    /// The outcome of a merge.
    package struct Report: Sendable {
        /// One result per merged candidate, ordered by requisition and candidate.
        package var panels: [PanelResult]
        /// Everything refused, with the files.
        package var problems: [Problem]
        /// Every file read.
        package var filesRead: [String]
        /// The files that went into a panel result.
        package var filesMerged: [String]
        /// Agreement statistics over all merged candidates of each requisition (key: requisition, "" for none).
        package var requisitionAgreement: [String: PanelResult.Agreement]
        /// The text of every file that could not be read as a scorecard, for quoting its diagnostics.
        ///
        /// Files that were read are not kept: at campaign scale their text would double the memory a
        /// merge needs, and what the reports show of them (ratings, evidence) is in ``panels``.
        package var sources: [String: String]
        /// Findings that do not stop the merge, such as an interview held before its rubric applied.
        package var warnings: [Problem] = []
        /// The scratch file the panels' evidence was moved to (``RaterEvidence/stored(in:)``), when it was.
        package var evidenceScratch: ByteSource?

        /// How many times the evidence of a rater could not be read back from ``evidenceScratch`` so far (by a
        /// report rendered from these panels): that report lacks evidence and must not be given as complete.
        package var evidenceLost: Int { evidenceScratch?.failedReads ?? 0 }

        /// The agreement across each requisition with more than one merged candidate, by requisition
        /// ("" for none): the lines the reports show after the candidates.
        package var agreementAcrossRequisitions: [(requisition: String, agreement: PanelResult.Agreement)] {
            // Candidates per requisition counted in one pass (a campaign has many requisitions).
            var counts: [String: Int] = [:]
            for panel in panels { counts[panel.requisition ?? "", default: 0] += 1 }
            return requisitionAgreement.sorted { $0.key < $1.key }
                .filter { (counts[$0.key] ?? 0) > 1 }
                .map { (requisition: $0.key, agreement: $0.value) }
        }
    }

    /// The scorecard files of the given files and folders, and problems with paths (outside the store, missing).
    package static func collectFiles(_ paths: [String]) -> (files: [String], problems: [Problem]) {
        var files: [String] = []
        var problems: [Problem] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(
                    Problem(
                        code: "missing",
                        message: PanelMessages.noSuchFileOrFolder,
                        files: [path], candidate: nil, diagnostics: []))
                continue
            }
            if isDirectory.boolValue {
                let found = ScorecardStore.scorecardFiles(in: path)
                files += found.files
                for outside in found.outside {
                    problems.append(
                        Problem(
                            code: "outside-store",
                            message: PanelMessages.linkOutsideStore,
                            files: [outside], candidate: nil, diagnostics: []))
                }
            } else {
                files.append(path)
            }
        }
        return (Array(Set(files)).sorted(), problems)
    }

    /// Reads and merges `files` against `rubrics`.
    ///
    /// The files are merged a slice of candidates at a time (``mergeInSlices(_:rubrics:)``), so that only one slice's
    /// decoded cards are held; when a file's decoded candidate differs from the one its bytes seemed to state, all
    /// files are read and merged at once instead, with the same result.
    package func merge(files: [String], rubrics: [Rubric]) -> Report {
        if let report = mergeInSlices(files, rubrics: rubrics) { return report }
        PhaseTimer.mark("a candidate read differently than its file stated: merging all files at once")
        return mergeAtOnce(files, rubrics: rubrics)
    }

    /// Reads every file, then merges every candidate.
    package func mergeAtOnce(_ files: [String], rubrics: [Rubric]) -> Report {
        let read = readAndGroup(files, rubrics: rubrics)
        let groups = read.groups
        let sources = read.sources
        var problems = read.problems
        // A candidate with an unreadable scorecard (its candidate id still readable from the YAML) is
        // refused whole: merging the rest would present a partial panel as complete.
        let unreadableCandidates = PanelMerger.candidates(ofUnreadable: problems, sources: sources)
        let stems = PanelMerger.interviewerStems(groups)
        PhaseTimer.mark("group by candidate")
        let merging = progress.map { tell in
            ProgressCounter(total: groups.count) { tell(.merging(done: $0, total: $1)) }
        }
        let outcome = mergeGroups(groups, incomplete: unreadableCandidates, stems: stems, step: merging?.step)
        PhaseTimer.mark("check seals and merge \(groups.count) candidates")
        problems += outcome.refusals
        return finish(
            panels: outcome.panels, problems: problems, files: files, merged: outcome.merged, sources: sources,
            stems: stems)
    }

    /// The report of a merge: the agreement per requisition worked out and the warnings found.
    func finish(
        panels: [PanelResult], problems: [Problem], files: [String], merged: [String], sources: [String: String],
        stems: [String: String]
    ) -> Report {
        let requisitionAgreement = PanelMerger.requisitionAgreement(panels, stems: stems)
        PhaseTimer.mark("agreement per requisition")
        var report = Report(
            panels: panels, problems: problems, filesRead: files, filesMerged: merged.sorted(),
            requisitionAgreement: requisitionAgreement, sources: sources)
        report.warnings = PanelMerger.criteriaFixedInAdvance(panels)
        return report
    }

    /// Checks and merges each candidate's `group` (by group key): the panels and their files in key order, and the
    /// refusals (a candidate in `incomplete` has a scorecard that could not be read and is refused whole).
    func mergeGroups(
        _ groups: [String: [Member]], incomplete: Set<String>, stems: [String: String], step: (@Sendable () -> Void)?
    ) -> (panels: [PanelResult], merged: [String], refusals: [Problem]) {
        // Each candidate's checks (seals included) and panel are independent of the others: work them out
        // on all cores, then assemble them in key order, exactly as one loop would.
        let keys = groups.keys.sorted()
        let outcomes = ParallelMap.map(keys.count) {
            [groups, stems] index -> (problems: [Problem], panel: PanelResult?) in
            defer { step?() }
            guard let group = groups[keys[index]] else { return ([], nil) }
            let verdicts = signatureVerdicts(group)
            let groupProblems = check(group, stems: stems, verdicts: verdicts)
            return (
                groupProblems,
                groupProblems.isEmpty && !incomplete.contains(keys[index])
                    ? kept(panel(for: group, verdicts: verdicts)) : nil
            )
        }
        var panels: [PanelResult] = []
        var merged: [String] = []
        var refusals: [Problem] = []
        for (key, outcome) in zip(keys, outcomes) {
            guard let group = groups[key] else { continue }
            let groupRefusals = PanelMerger.refusals(
                of: group, problems: outcome.problems, isIncomplete: incomplete.contains(key))
            if !groupRefusals.isEmpty {
                refusals += groupRefusals
                continue
            }
            panels.append(outcome.panel ?? kept(panel(for: group, verdicts: signatureVerdicts(group))))
            merged += group.map(\.file)
        }
        return (panels, merged, refusals)
    }

    /// A panel as the merge keeps it: in the report's one language when it has one.
    private func kept(_ panel: PanelResult) -> PanelResult {
        reportLanguage.map { panel.inOneLanguage($0) } ?? panel
    }

    /// Why a candidate's `group` is refused: its `problems`, or that one of its scorecards could not be read
    /// (`isIncomplete`); then its other scorecards, refused with it. Empty when the candidate can be merged.
    static func refusals(of group: [Member], problems: [Problem], isIncomplete: Bool) -> [Problem] {
        var groupProblems = problems
        if groupProblems.isEmpty, isIncomplete {
            let candidate = group[0].scorecard.candidate
            groupProblems.append(
                Problem(
                    code: "candidate-incomplete",
                    message: PanelMessages.candidateIncomplete(candidate),
                    files: group.map(\.file), candidate: candidate, diagnostics: []))
        }
        guard !groupProblems.isEmpty else { return [] }
        // The candidate's other scorecards are refused with it: list them too, so none is dropped silently.
        let listed = Set(groupProblems.flatMap(\.files))
        let heldBack = group.map(\.file).filter { !listed.contains($0) }.sorted()
        if !heldBack.isEmpty {
            let candidate = group[0].scorecard.candidate
            groupProblems.append(
                Problem(
                    code: "candidate-refused",
                    message: PanelMessages.candidateRefused(candidate, heldBack: heldBack.count),
                    files: heldBack, candidate: candidate, diagnostics: []))
        }
        return groupProblems
    }

    /// Reads `files` (on all cores) and groups the readable scorecards by requisition and candidate; each file that
    /// cannot be read as a scorecard is an `unreadable` problem, and its text is kept for quoting its diagnostics.
    private func readAndGroup(_ files: [String], rubrics: [Rubric]) -> (
        groups: [String: [Member]], problems: [Problem],
        sources: [String: String]
    ) {
        let reading = progress.map { tell in
            ProgressCounter(total: files.count) { tell(.reading(done: $0, total: $1)) }
        }
        let loaded = load(files, rubrics: rubrics, step: reading?.step)
        var problems: [Problem] = []
        var sources: [String: String] = [:]
        var groups: [String: [Member]] = [:]
        for (file, card) in zip(files, loaded) {
            let result = card.result
            guard let scorecard = result.scorecard, let rubric = result.rubric else {
                sources[file] = result.source
                problems.append(PanelMerger.unreadableProblem(file, result))
                continue
            }
            groups[
                scorecard.groupKey, default: []
            ].append(
                (file, scorecard, rubric, card.sealIntact))
        }
        return (groups, problems, sources)
    }

    /// Reads `files` (on all cores), through the store's scorecard index in the user's cache when there is one and
    /// the merge is large enough to gain from it; then writes the index anew if anything in it changed.
    private func load(_ files: [String], rubrics: [Rubric], step: (@Sendable () -> Void)?) -> [ParallelLoader.Loaded] {
        guard let use = indexUse(files) else {
            let loaded = ParallelLoader.load(files, rubrics: rubrics, index: nil, step: step)
            PhaseTimer.mark("read and decode \(files.count) scorecards")
            return loaded
        }
        let loaded = ParallelLoader.load(files, rubrics: rubrics, index: use.index, step: step)
        let fromIndex = loaded.reduce(0) { $0 + ($1.fromIndex ? 1 : 0) }
        PhaseTimer.mark("read and decode \(files.count - fromIndex) scorecards, \(fromIndex) from the index")
        if let updated = ScorecardIndex.updated(
            use.stored, files: files, loaded: loaded.map { ($0.entry, $0.fromIndex) })
        {
            updated.write(to: use.cache, name: use.name, program: use.program)
            PhaseTimer.mark("write the scorecard index")
        }
        return loaded
    }

    /// The group keys (requisition and candidate) of the unreadable files among `problems` whose candidate id can
    /// still be read from their YAML.
    private static func candidates(ofUnreadable problems: [Problem], sources: [String: String]) -> Set<String> {
        var unreadableCandidates: Set<String> = []
        for problem in problems where problem.code == "unreadable" {
            for file in problem.files {
                if let key = groupKey(ofUnreadable: sources[file] ?? "") { unreadableCandidates.insert(key) }
            }
        }
        return unreadableCandidates
    }

    /// The group key (requisition and candidate) of a file that could not be read as a scorecard, when its YAML still
    /// names a candidate: the candidate is then refused whole.
    static func groupKey(ofUnreadable source: String) -> String? {
        guard let root = try? YAMLReader().read(Array(source.utf8)), let candidate = root["candidate"]?.scalar?.text
        else { return nil }
        return Scorecard.groupKey(requisition: root["requisition"]?.scalar?.text, candidate: candidate)
    }

    /// File names of interviewers, worked out once per name (the transliteration is costly at campaign scale).
    static func interviewerStems(
        _ groups: [String: [Member]]
    ) -> [String: String] {
        var stems: [String: String] = [:]
        for group in groups.values {
            for member in group where stems[member.scorecard.interviewer] == nil {
                stems[member.scorecard.interviewer] = ScorecardStore.fileStem(
                    forInterviewer: member.scorecard.interviewer)
            }
        }
        return stems
    }

    /// The agreement over all merged candidates of each requisition (key: requisition, "" for none), each
    /// requisition's on its own core; the dictionary is the same whatever the order.
    static func requisitionAgreement(
        _ panels: [PanelResult], stems: [String: String]
    ) -> [String: PanelResult.Agreement] {
        // The panels of each requisition, found in one pass (a campaign has many requisitions: filtering all
        // panels once per requisition would grow with their product).
        var membersByRequisition: [String: [Int]] = [:]
        for (index, panel) in panels.enumerated() {
            membersByRequisition[panel.requisition ?? "", default: []].append(index)
        }
        let requisitions = membersByRequisition.keys.sorted()
        let agreements = ParallelMap.map(requisitions.count) {
            [panels, stems, membersByRequisition] index -> PanelResult.Agreement in
            let requisition = requisitions[index]
            let members = (membersByRequisition[requisition] ?? []).map { panels[$0] }
            return agreement(of: members, stems: stems)
        }
        return Dictionary(uniqueKeysWithValues: zip(requisitions, agreements))
    }

    /// The agreement across the panels of one requisition: one row per criterion of each candidate, one column
    /// per rater of the requisition (by stable id, else file name), nil where a rater gave no rating.
    private static func agreement(of members: [PanelResult], stems: [String: String]) -> PanelResult.Agreement {
        let raters = Array(
            Set(
                members.flatMap {
                    $0.raters.map {
                        $0.interviewerID ?? stems[$0.interviewer]
                            ?? ScorecardStore.fileStem(forInterviewer: $0.interviewer)
                    }
                })
        ).sorted()
        var table: [[Double?]] = []
        var present: [[Bool]] = []
        for panel in members {
            let columns = panel.raters.map {
                $0.interviewerID ?? stems[$0.interviewer] ?? ScorecardStore.fileStem(forInterviewer: $0.interviewer)
            }
            var onPanel = [Bool](repeating: false, count: raters.count)
            for column in columns {
                if let index = raters.firstIndex(of: column) { onPanel[index] = true }
            }
            for row in panel.rows {
                var unit = [Double?](repeating: nil, count: raters.count)
                for (column, rating) in zip(columns, row.ratings) {
                    if let index = raters.firstIndex(of: column) { unit[index] = rating.value }
                }
                table.append(unit)
                present.append(onPanel)
            }
        }
        var agreement = PanelResult.Agreement.compute(
            table, raterCount: raters.count, present: present, candidateCount: members.count)
        agreement.criteria = CriterionReliability.across(members)
        return agreement
    }

    /// Warnings for interviews held before the rubric they were scored with applied (AGG: criteria fixed in advance).
    static func criteriaFixedInAdvance(_ panels: [PanelResult]) -> [Problem] {
        var warnings: [Problem] = []
        for panel in panels {
            let early = panel.raters.filter { rater in
                rater.interviewDate.map { $0 < panel.rubric.effectiveFrom } ?? false
            }
            guard !early.isEmpty else { continue }
            let dates = Set(early.compactMap { $0.interviewDate?.description }).sorted().joined(separator: ", ")
            warnings.append(
                Problem(
                    code: "criteria-not-fixed-in-advance",
                    message: PanelMessages.notFixedInAdvance(
                        panel.candidate, dates: dates, rubric: panel.rubric.reference,
                        effectiveFrom: "\(panel.rubric.effectiveFrom)"),
                    files: early.map(\.file), candidate: panel.candidate, diagnostics: []))
        }
        return warnings
    }

    /// The signature check of each sealed scorecard of `group` with an intact seal, by file (each card checked once).
    func signatureVerdicts(_ group: [Member]) -> [String:
        SignatureVerdict]
    {
        guard let signatureCheck else { return [:] }
        var verdicts: [String: SignatureVerdict] = [:]
        for member in group where member.sealIntact {
            verdicts[member.file] = signatureCheck(member.file, member.scorecard)
        }
        return verdicts
    }

    func check(
        _ group: [Member], stems: [String: String],
        verdicts: [String: SignatureVerdict]
    ) -> [Problem] {
        var problems: [Problem] = []
        let candidate = group[0].scorecard.candidate
        let drafts = group.filter { $0.scorecard.status == .draft }
        if !drafts.isEmpty && !includeDrafts {
            problems.append(
                Problem(
                    code: "draft",
                    message: PanelMessages.drafts(candidate, count: drafts.count),
                    files: drafts.map(\.file), candidate: candidate, diagnostics: []))
        }
        let broken = group.filter { $0.scorecard.status == .submitted && !$0.sealIntact }
        if !broken.isEmpty {
            problems.append(
                Problem(
                    code: "broken-seal",
                    message: PanelMessages.brokenSeal(candidate, count: broken.count),
                    files: broken.map(\.file), candidate: candidate, diagnostics: []))
        }
        // A card whose signature is refused (checked once, in signatureVerdicts) is refused with the reason.
        for member in group {
            guard case .refused(let reason)? = verdicts[member.file] else { continue }
            problems.append(
                Problem(
                    code: "signature",
                    message: PanelMessages.signatureRefused(candidate, reason: reason),
                    files: [member.file], candidate: candidate, diagnostics: []))
        }
        let versions = Set(group.map { "\($0.rubric.reference) \($0.rubric.hash)" })
        if versions.count > 1 {
            let list = Set(group.map(\.rubric.reference)).sorted().joined(separator: ", ")
            problems.append(
                Problem(
                    code: "mixed-rubrics",
                    message: PanelMessages.mixedRubrics(candidate, list: list),
                    files: group.map(\.file), candidate: candidate, diagnostics: []))
        }
        // A card belongs where it lies: one copied into another candidate's, requisition's or interviewer's
        // place is refused.
        for member in group {
            if let problem = ScorecardHeader.storePlacementProblem(
                candidate: member.scorecard.candidate, requisition: member.scorecard.requisition,
                interviewer: member.scorecard.interviewer, interviewerID: member.scorecard.interviewerID,
                path: member.file)
            {
                problems.append(
                    Problem(
                        code: "misplaced",
                        message: PanelMessages.misplaced(candidate, problem: problem),
                        files: [member.file], candidate: candidate, diagnostics: []))
            }
        }
        problems += PanelMerger.duplicateInterviewers(in: group, stems: stems)
        return problems
    }

    /// An interviewer who appears twice in a candidate's `group` (by stable id, else file name), with their files.
    private static func duplicateInterviewers(in group: [Member], stems: [String: String]) -> [Problem] {
        let candidate = group[0].scorecard.candidate
        var problems: [Problem] = []
        var byInterviewer: [String: [String]] = [:]
        for member in group {
            byInterviewer[
                member.scorecard.interviewerID ?? stems[member.scorecard.interviewer]
                    ?? ScorecardStore.fileStem(forInterviewer: member.scorecard.interviewer), default: []
            ].append(member.file)
        }
        for (interviewer, files) in byInterviewer.sorted(by: { $0.key < $1.key }) where files.count > 1 {
            problems.append(
                Problem(
                    code: "duplicate-interviewer",
                    message: PanelMessages.duplicateInterviewer(
                        candidate, interviewer: interviewer, count: files.count),
                    files: files, candidate: candidate, diagnostics: []))
        }
        return problems
    }

    func panel(
        for group: [Member], verdicts: [String: SignatureVerdict]
    ) -> PanelResult {
        let members = group.sorted { $0.scorecard.interviewer < $1.scorecard.interviewer }
        let rubric = members[0].rubric
        let method = whatIfMethod ?? rubric.decision.consensus
        var host = ScoringHost(registry: registry)
        // The rubric's knock-out rules once for the panel, not once per result scored and per step below.
        host.knownRules = host.rules(of: rubric)
        let criteria = PanelMerger.criterionRows(of: members, rubric: rubric, method: method)
        let rows = criteria.rows
        let merged = consensusObservations(of: members, rubric: rubric)
        let observations = merged.observations
        // Stages: a rater counts for the criteria of their scorecard's stage (every criterion without a stage).
        let covering = Dictionary(
            uniqueKeysWithValues: rubric.allCriteria.map { criterion in
                (criterion.id, members.filter { PanelMerger.covers($0.scorecard, criterion.id, in: rubric) }.count)
            })
        let coveringSection = Dictionary(
            uniqueKeysWithValues: rubric.sections.map { section in
                (
                    section.id,
                    members.filter { member in
                        section.criteria.contains { PanelMerger.covers(member.scorecard, $0.id, in: rubric) }
                    }.count
                )
            })
        var consensus = host.score(rubric: rubric) { section in
            SectionRatings(
                ratings: Dictionary(
                    uniqueKeysWithValues: section.criteria.map {
                        ($0.id, criteria.consensusRatings[$0.id] ?? .notAssessed)
                    }),
                observations: observations[section.id] ?? [:])
        }
        let rated = raterViews(
            of: members, rubric: rubric, host: host, covering: covering, coveringSection: coveringSection)
        let first = members[0].scorecard
        let reportedKnockOuts = knockOutsWithReasons(
            rated.reported, rubric: rubric, host: host, requisition: first.requisition, candidate: first.candidate)
        consensus = panelDecision(
            consensus, rubric: rubric, host: host, knockOuts: reportedKnockOuts, raterCount: members.count,
            ratedBy: criteria.ratedBy, observedBy: merged.observedBy, covering: covering,
            coveringSection: coveringSection)
        let table = rows.map { row in row.ratings.map(\.value) }
        return PanelResult(
            requisition: first.requisition, candidate: first.candidate, rubric: rubric,
            raters: members.map {
                PanelResult.Rater(
                    interviewer: $0.scorecard.interviewer, file: $0.file,
                    isDraft: $0.scorecard.status == .draft, interviewDate: $0.scorecard.interviewDate,
                    evidence: keepsEvidence ? RaterEvidence(of: $0.scorecard, rubric: rubric) : RaterEvidence(),
                    stage: $0.scorecard.stage,
                    interviewerID: $0.scorecard.interviewerID,
                    signature: PanelMerger.signature(of: $0.scorecard, verdict: verdicts[$0.file]))
            },
            rows: rows, method: method, consensusObservations: observations, consensus: consensus,
            reportedKnockOuts: reportedKnockOuts, views: rated.views,
            spread: PanelResult.Spread(table, criteria: rows.map(\.criterionID)))
    }

    /// Each criterion across the panel (in rubric order) with its consensus by `method`; the consensus ratings
    /// the panel is scored with, and how many raters rated each criterion.
    private static func criterionRows(
        of members: [Member], rubric: Rubric, method: ConsensusMethod
    ) -> (rows: [PanelResult.CriterionRow], consensusRatings: [String: Rating], ratedBy: [String: Int]) {
        var rows: [PanelResult.CriterionRow] = []
        var consensusRatings: [String: Rating] = [:]
        var ratedBy: [String: Int] = [:]
        for section in rubric.sections {
            for criterion in section.criteria {
                let ratings = members.map { $0.scorecard.entries[criterion.id]?.rating ?? .notAssessed }
                let values = ratings.compactMap(\.value)
                ratedBy[criterion.id] = values.count
                let consensus = method.combine(values)
                rows.append(
                    PanelResult.CriterionRow(
                        criterionID: criterion.id, sectionID: section.id, ratings: ratings,
                        median: ConsensusMethod.median.combine(values), mean: ConsensusMethod.mean.combine(values),
                        range: values.isEmpty ? nil : (values.max() ?? 0) - (values.min() ?? 0), consensus: consensus))
                consensusRatings[criterion.id] = consensus.map(Rating.consensus) ?? .notAssessed
            }
        }
        return (rows, consensusRatings, ratedBy)
    }

    /// Module observations: the panel's value by the module's merge rule (by default the median of the raters
    /// who recorded one, the lower of the two middle values for an even count), by section and observation id;
    /// and how many raters recorded each (by `section/observation`). Whether an observation knocks out is decided
    /// by how many raters observed it below, as for every knock-out.
    private func consensusObservations(
        of members: [Member], rubric: Rubric
    ) -> (observations: [String: [String: ObservationValue]], observedBy: [String: Int]) {
        var observations: [String: [String: ObservationValue]] = [:]
        var observedBy: [String: Int] = [:]
        for section in rubric.sections where !section.observations.isEmpty {
            let module = registry.module(section.moduleID)
            for request in section.observations {
                let values = members.compactMap { $0.scorecard.observation(request.id, in: section.id) }
                observedBy[section.id + "/" + request.id] = values.filter(\.isRecorded).count
                let merged =
                    module?.mergeObservation(request, values: values, in: section, of: rubric)
                    ?? request.defaultMerge(values)
                if let merged { observations[section.id, default: [:]][request.id] = merged }
            }
        }
        return (observations, observedBy)
    }

    /// What each rater concluded from their own ratings, and the knock-outs their own scorecards raise, by
    /// ``PanelResult/ReportedKnockOut/id``, each with the raters who reported it and how many must.
    private func raterViews(
        of members: [Member], rubric: Rubric, host: ScoringHost, covering: [String: Int],
        coveringSection: [String: Int]
    ) -> (views: [PanelResult.RaterView], reported: [String: PanelResult.ReportedKnockOut]) {
        var views: [PanelResult.RaterView] = []
        var reported: [String: PanelResult.ReportedKnockOut] = [:]
        for member in members {
            // No report shows a rater's own arithmetic: only their score, recommendation and knock-outs.
            let result = host.score(member.scorecard, rubric: rubric, explaining: false)
            views.append(
                PanelResult.RaterView(
                    interviewer: member.scorecard.interviewer, ownScore: result.overallScore,
                    byTheRules: result.recommendation,
                    ownRecommendation: member.scorecard.recommendation?.value,
                    reason: member.scorecard.recommendation?.reason,
                    consistencyNote: consistencyNote(member.scorecard, result: result)))
            for knockOut in result.knockOuts {
                // Half of the raters who rate what the knock-out is about (its criterion, else its section)
                // must report it.
                let raters =
                    knockOut.finding.subject.flatMap { covering[$0] } ?? coveringSection[knockOut.sectionID]
                    ?? members.count
                var entry = PanelResult.ReportedKnockOut(
                    sectionID: knockOut.sectionID, code: knockOut.finding.code,
                    subject: knockOut.finding.subject, reports: [],
                    needed: PanelMerger.reportsNeeded(raterCount: max(1, raters)))
                entry = reported[entry.id] ?? entry
                entry.reports.append(
                    .init(interviewer: member.scorecard.interviewer, message: knockOut.finding.message))
                reported[entry.id] = entry
            }
        }
        return (views, reported)
    }

    /// The reported knock-outs sorted by id, each with the rubric's reason for its rule (shown beside it in every
    /// report) and the recorded debrief decision that set it aside, if any.
    private func knockOutsWithReasons(
        _ reported: [String: PanelResult.ReportedKnockOut], rubric: Rubric, host: ScoringHost, requisition: String?,
        candidate: String
    ) -> [PanelResult.ReportedKnockOut] {
        var reported = reported
        for section in rubric.sections {
            guard let module = registry.module(section.moduleID) else { continue }
            for rule in host.knockOutRules(of: section, in: rubric, by: module) {
                for (id, knockOut) in reported
                where knockOut.sectionID == section.id && knockOut.code == rule.code
                    && (knockOut.subject == nil || rule.criteria.contains(knockOut.subject ?? "")
                        || rule.observations.contains(knockOut.subject ?? ""))
                {
                    reported[id]?.rationale = rule.rationale
                }
            }
        }
        let recorded = overrides[PanelMerger.overrideKey(requisition: requisition, candidate: candidate)] ?? []
        for override in recorded {
            reported[override.knockOutID]?.override = override
        }
        return reported.keys.sorted().compactMap { reported[$0] }
    }

    /// The consensus result with the panel's own knock-out rules: the knock-outs that stand are those reported on
    /// their own scorecards by enough raters (whatever the consensus method) and not set aside by a recorded
    /// debrief decision; a knock-out criterion rated by fewer than two raters (one in a one-rater panel) gives
    /// "no decision".
    private func panelDecision(
        _ consensus: ScorecardResult, rubric: Rubric, host: ScoringHost, knockOuts: [PanelResult.ReportedKnockOut],
        raterCount: Int, ratedBy: [String: Int], observedBy: [String: Int],
        covering: [String: Int], coveringSection: [String: Int]
    ) -> ScorecardResult {
        var result = consensus
        result.knockOuts = knockOuts.filter(\.stands).map { knockOut in
            let names = knockOut.reports.map(\.interviewer).joined(separator: ", ")
            let message = knockOut.reports.first?.message ?? LocalizedText(knockOut.id)
            return ScorecardResult.KnockOut(
                sectionID: knockOut.sectionID,
                finding: Finding(
                    code: knockOut.code, subject: knockOut.subject,
                    message: PanelMessages.reportedBy(
                        message, count: knockOut.reports.count, of: raterCount, names: names)))
        }
        // Enough raters: two, or all the raters whose stage covers it when fewer do; a criterion no rater's stage
        // covers needs one rating all the same (a missing stage leaves it unrated: no decision).
        var notRated: [ScorecardResult.KnockOut] = []
        for section in rubric.sections {
            guard let module = registry.module(section.moduleID) else { continue }
            notRated += ScoringHost.knockOutsNotRated(
                host.knockOutRules(of: section, in: rubric, by: module), section: section
            ) {
                criterion in
                (ratedBy[criterion] ?? 0) >= max(1, min(2, covering[criterion] ?? raterCount))
            } isObserved: { observation in
                (observedBy[section.id + "/" + observation] ?? 0)
                    >= max(1, min(2, coveringSection[section.id] ?? raterCount))
            }
        }
        result.knockOutsNotRated = notRated
        let (recommendation, reasons) = host.recommend(
            overall: result.overallScore, ratedCount: result.ratedCount,
            criterionCount: result.criterionCount, knockOuts: result.knockOuts,
            knockOutsNotRated: notRated, rules: rubric.decision)
        result.recommendation = recommendation
        result.recommendationReasons = reasons
        for knockOut in knockOuts where knockOut.isReportedByEnough {
            if let override = knockOut.override {
                result.recommendationReasons.append(
                    PanelMessages.knockOutSetAside(knockOut.id, override))
            }
        }
        return result
    }

    /// Who signed a merged scorecard: nil for a draft; the check's answer; without a check, unsigned or not checked.
    static func signature(of scorecard: Scorecard, verdict: SignatureVerdict?) -> CardSignature? {
        guard scorecard.status == .submitted, scorecard.seal != nil else { return nil }
        if case .accepted(let signature)? = verdict { return signature }
        return scorecard.signature == nil ? .unsigned : .notChecked
    }

    /// Whether a scorecard's stage covers a criterion (a scorecard without a stage covers every criterion).
    static func covers(_ scorecard: Scorecard, _ criterionID: String, in rubric: Rubric) -> Bool {
        guard let stage = scorecard.stage, let planned = rubric.stage(stage) else { return true }
        return planned.covers(criterionID)
    }

    /// A note when an interviewer's own recommendation points the other way from their own scorecard's result by
    /// the rubric's rules (knock-outs included), in either direction.
    private func consistencyNote(_ scorecard: Scorecard, result: ScorecardResult) -> LocalizedText? {
        guard let own = scorecard.recommendation?.value, own != .noDecision, result.recommendation != .noDecision else {
            return nil
        }
        let ownPositive = own == .yes || own == .strongYes
        let rulesPositive = result.recommendation == .yes || result.recommendation == .strongYes
        guard ownPositive != rulesPositive else { return nil }
        if ownPositive && !result.knockOuts.isEmpty {
            return PanelMessages.recommendsDespiteKnockOut(own, knockOuts: result.knockOuts.map(\.finding.message))
        }
        return PanelMessages.recommendsAgainstRules(own, score: result.overallScore, rules: result.recommendation)
    }
}
