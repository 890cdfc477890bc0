import Dispatch
import Foundation
import Panel
import ScoringCore

/// A synthetic but realistic scorecard store, for benchmarks and tests: deterministic from a seed.
///
/// The store holds ``Configuration/candidates`` candidates, each rated by a panel of
/// ``Configuration/interviewers`` interviewers, over the given rubrics. Candidates are spread over
/// requisitions (one rubric each, about ``Configuration/candidatesPerRequisition`` candidates per
/// requisition); each requisition has its own pool of interviewers, so calibration sees every
/// interviewer many times. The ratings follow a simple model of a real panel:
///
/// - every candidate has an overall ability, a strength per section and per criterion;
/// - every interviewer has a fixed leniency or severity, some a tendency to the middle of the scale,
///   and each forms an overall impression of a candidate that colours all ratings (halo);
/// - ratings carry noise, sometimes a rater is two levels away from the rest (a disagreement to
///   discuss), and about one rating in twenty is n/a;
/// - about one candidate in twelve has a knock-out: a customer-orientation red flag, a critical
///   skill far below its requirement, or a mandatory language below its level;
/// - evidence is written as observation, taken from the rubric's anchors in the interviewer's
///   language and of realistic length, always for extreme and low ratings and for criteria that
///   require it;
/// - every interviewer gives an own recommendation with a reason (a few contradict their ratings).
///
/// Every scorecard is submitted, pinned to its rubric's hash and sealed with
/// ``ScoringCore/Scorecard/computeSeal()``, exactly like one submitted with `hirescore enter`, so the
/// whole store merges without problems. The same configuration and rubrics give the same files,
/// byte for byte, however many cores write them.
///
/// ```swift
/// let store = SyntheticStore(rubrics: catalog.rubrics, registry: BuiltInModules.registry,
///                            configuration: .init(candidates: 2_500, interviewers: 4, seed: 42))
/// let summary = try store.write(to: "/tmp/store-10k")   // 10,000 sealed scorecards
/// ```
package struct SyntheticStore: Sendable {
    /// What to generate.
    package struct Configuration: Sendable, Hashable {
        /// The number of candidates (at least 1).
        package var candidates: Int
        /// The panel size: scorecards per candidate (3 to 5).
        package var interviewers: Int
        /// The seed every random choice derives from.
        package var seed: UInt64
        /// About how many candidates share one requisition.
        package var candidatesPerRequisition: Int

        /// Creates a configuration.
        package init(candidates: Int, interviewers: Int = 4, seed: UInt64 = 1, candidatesPerRequisition: Int = 250) {
            self.candidates = candidates
            self.interviewers = interviewers
            self.seed = seed
            self.candidatesPerRequisition = candidatesPerRequisition
        }

        /// The smallest and largest panel accepted.
        package static let panelSizes = 3...5
    }

    /// A configuration or rubric set the generator cannot work with.
    package struct GenerationError: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        package var description: String
    }

    /// What was generated.
    package struct Summary: Sendable, Hashable {
        /// The number of scorecard files written.
        package var scorecards: Int
        /// The number of candidates.
        package var candidates: Int
        /// The number of requisitions.
        package var requisitions: Int
        /// The total size of the scorecard files, in bytes.
        package var bytes: Int
    }

    /// One requisition of the store: its id and the rubric its panels use.
    package struct Requisition: Sendable, Hashable {
        /// The requisition id (a folder of the store).
        package var id: String
        /// The rubric every scorecard of the requisition is made with.
        package var rubric: Rubric
    }

    /// The scoring modules (asked for the language observations each section needs).
    package let registry: ModuleRegistry
    /// What to generate.
    package let configuration: Configuration
    /// The requisitions, in order; candidate *i* belongs to requisition *i* modulo their count.
    package let requisitions: [Requisition]

    /// Creates a generator over `rubrics` (in any order: they are sorted by id and version first).
    ///
    /// - Throws: ``GenerationError`` when there is no rubric, no candidate, or the panel size is outside 3...5.
    package init(rubrics: [Rubric], registry: ModuleRegistry, configuration: Configuration) throws(GenerationError) {
        guard !rubrics.isEmpty else { throw GenerationError(description: "no rubric to generate scorecards for") }
        guard configuration.candidates >= 1 else {
            throw GenerationError(description: "the number of candidates must be at least 1")
        }
        guard Configuration.panelSizes.contains(configuration.interviewers) else {
            throw GenerationError(
                description:
                    "the panel size must be \(Configuration.panelSizes.lowerBound) to "
                    + "\(Configuration.panelSizes.upperBound) interviewers"
            )
        }
        let sorted = rubrics.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        let perRequisition = max(1, configuration.candidatesPerRequisition)
        let count = max(1, (configuration.candidates + perRequisition - 1) / perRequisition)
        self.registry = registry
        self.configuration = configuration
        self.requisitions = (0..<count).map { index in
            let rubric = sorted[index % sorted.count]
            return Requisition(id: "\(rubric.id)-r\(SyntheticStore.padded(index + 1, 3))", rubric: rubric)
        }
    }

    /// The number of scorecards the store holds.
    package var scorecardCount: Int { configuration.candidates * configuration.interviewers }

    /// The id of candidate `index` (0-based): `c-000001` for the first.
    package static func candidateID(_ index: Int) -> String { "c-" + padded(index + 1, 6) }

    /// The sealed scorecards of candidate `index` (0-based), one per interviewer, sorted by interviewer.
    package func panel(candidate index: Int) -> [Scorecard] {
        let requisition = requisitions[index % requisitions.count]
        let rubric = requisition.rubric
        var random = SplitMix64(seed: configuration.seed, stream: UInt64(index), salt: 0xC0FFEE)
        let candidate = CandidateProfile(rubric: rubric, registry: registry, random: &random)
        let pool = interviewerPool(for: index % requisitions.count)
        var chosen = Array(pool.indices)
        random.shuffle(&chosen)
        let panel = chosen.prefix(configuration.interviewers).map { pool[$0] }
        // Interviews of a requisition run over about eight weeks from its start.
        let day = Int(random.next() % 56)
        let date = SyntheticStore.date(dayOfYear: 10 + (index % requisitions.count) % 200 + day)
        var scorecards: [Scorecard] = []
        for (seat, interviewer) in panel.enumerated() {
            scorecards.append(
                scorecard(
                    candidate: candidate, index: index, requisition: requisition.id, interviewer: interviewer,
                    date: date, hour: 8 + seat * 2, random: &random))
        }
        return scorecards.sorted { $0.interviewer < $1.interviewer }
    }

    /// Writes the whole store to `folder` as `folder/REQUISITION/CANDIDATE/INTERVIEWER.yaml`, on all cores.
    ///
    /// Folders are created with mode 0700 and files with 0600, as ``ScoringCore/ScorecardStore`` does.
    /// Files are written directly (not through ``ScoringCore/AtomicFile``, whose `fsync` per file would
    /// make a store of 50,000 files take minutes); existing files of the same name are replaced.
    package func write(to folder: String) throws -> Summary {
        let total = configuration.candidates
        let chunk = max(1, min(256, total / (ProcessInfo.processInfo.activeProcessorCount * 8)))
        let chunks = (total + chunk - 1) / chunk
        let outcome = WriteOutcome()
        // Requisition folders first, so that no two workers race to create the same folder.
        for requisition in requisitions.prefix(total) {
            try ScorecardStore(root: folder).prepareFolder(for: "\(folder)/\(requisition.id)/candidate")
        }
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            var bytes = 0
            var failure: String?
            for index in (part * chunk)..<min(total, part * chunk + chunk) where failure == nil {
                do {
                    bytes += try writePanel(candidate: index, to: folder)
                } catch {
                    failure = "\(error)"
                }
            }
            outcome.add(bytes: bytes, failure: failure)
        }
        if let failure = outcome.failure { throw GenerationError(description: failure) }
        return Summary(
            scorecards: total * configuration.interviewers, candidates: total,
            requisitions: min(requisitions.count, total), bytes: outcome.bytes)
    }

    private final class WriteOutcome: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var bytes = 0
        private(set) var failure: String?

        func add(bytes: Int, failure: String?) {
            lock.lock()
            self.bytes += bytes
            if self.failure == nil { self.failure = failure }
            lock.unlock()
        }
    }

    private func writePanel(candidate index: Int, to folder: String) throws -> Int {
        let store = ScorecardStore(root: folder)
        var bytes = 0
        for scorecard in panel(candidate: index) {
            let path = try store.path(
                requisition: scorecard.requisition, candidate: scorecard.candidate, interviewer: scorecard.interviewer)
            let directory = (path as NSString).deletingLastPathComponent
            if access(directory, F_OK) != 0 { try store.prepareFolder(for: path) }
            let text = Array(try scorecard.yamlText().utf8)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw GenerationError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            defer { close(descriptor) }
            var offset = 0
            while offset < text.count {
                let written = text.withUnsafeBytes { buffer in
                    Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw GenerationError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
            bytes += text.count
        }
        return bytes
    }

    // MARK: - Interviewers

    /// An interviewer with the habits that shape their ratings.
    private struct Interviewer {
        var name: String
        /// The language they write evidence and reasons in.
        var language: String
        /// Added to every rating (lenient > 0, severe < 0).
        var leniency: Double
        /// 1 for none; below 1 pulls ratings towards the middle of the scale.
        var spread: Double
        /// Whether they show the criteria of a section in random order.
        var shuffles: Bool
    }

    private static let names = [
        "Anna Schmidt", "Ben Okafor", "Clara Wiese", "Deniz Yilmaz", "Eva Brandt", "Farid Haddad", "Greta Lindqvist",
        "Hannah Becker", "Jürgen Weiß", "Katharina Groß", "Lukas Meyer", "Mia Hoffmann", "Niklas Schäfer", "Olga Nowak",
        "Paul Fischer", "Rania Aziz", "Sophie Wagner", "Tobias Koch", "Ulrike Bauer", "Viktor Petrov", "Wiebke Jansen",
        "Yusuf Demir", "Zofia Kowalska", "Andreas Richter", "Birgit Klein", "Chloé Martin", "David Schulz",
        "Elif Aydin",
        "Florian Neumann", "Gül Sahin", "Heike Schwarz", "Ivan Horvat", "Julia Zimmermann", "Kemal Öztürk",
        "Lena Krüger",
        "Marco Rossi", "Nadine Hartmann", "Oliver Lange", "Patricia Garcia", "Ralf Schmitz", "Sabine Werner",
        "Timo Köhler",
    ]

    /// The interviewers of one requisition: a fixed pool per requisition, with habits fixed per name.
    private func interviewerPool(for requisition: Int) -> [Interviewer] {
        var random = SplitMix64(seed: configuration.seed, stream: UInt64(requisition), salt: 0x5EED_1D)
        var order = Array(SyntheticStore.names.indices)
        random.shuffle(&order)
        let size = min(SyntheticStore.names.count, max(configuration.interviewers + 4, 10))
        return order.prefix(size).map { nameIndex in
            var habits = SplitMix64(seed: configuration.seed, stream: UInt64(nameIndex), salt: 0xFACE)
            return Interviewer(
                name: SyntheticStore.names[nameIndex],
                language: habits.uniform() < 0.6 ? "de" : "en",
                leniency: habits.normal(mean: 0, deviation: 0.25),
                spread: habits.uniform() < 0.2 ? 0.55 : 1,
                shuffles: habits.uniform() < 0.3)
        }
    }

    // MARK: - Candidates

    private enum KnockOutKind: CaseIterable {
        case redFlag, criticalSkill, language
    }

    /// What a candidate is really like: the value each criterion deserves, and the true language levels.
    private struct CandidateProfile {
        var truth: [String: Double] = [:]
        /// Observations on a named scale with a required (marked) level, such as languages: ranks from 1.
        var levels: [(sectionID: String, id: String, rank: Int, required: Int, mandatory: Bool, scale: [String])] = []
        var redFlag: String?

        init(rubric: Rubric, registry: ModuleRegistry, random: inout SplitMix64) {
            let ability = random.normal(mean: 3.05, deviation: 0.7)
            let knockOut: KnockOutKind? = random.uniform() < 0.08 ? KnockOutKind.allCases[Int(random.next() % 3)] : nil
            for section in rubric.sections {
                let strength = random.normal(mean: 0, deviation: 0.35)
                for criterion in section.criteria {
                    truth[criterion.id] = ability + strength + random.normal(mean: 0, deviation: 0.5)
                }
                for request in section.observations {
                    guard case .level(let scale) = request.kind, let marked = request.markedLevel,
                        let required = scale.rank(of: marked).map({ $0 + 1 })
                    else { continue }
                    let rank = required + Int(random.normal(mean: 0.6, deviation: 0.8).rounded())
                    levels.append(
                        (
                            section.id, request.id, min(scale.levels.count, max(1, rank)), required,
                            request.isRequired, scale.levels.map(\.id)
                        ))
                }
            }
            switch knockOut {
            case .redFlag:
                if let section = rubric.sections.first(where: { $0.moduleID == "customer-orientation" }),
                    !section.criteria.isEmpty
                {
                    let criterion = section.criteria[Int(random.next() % UInt64(section.criteria.count))]
                    truth[criterion.id] = Double(rubric.scale.lowest)
                    redFlag = criterion.id
                }
            case .criticalSkill:
                if let section = rubric.sections.first(where: { $0.moduleID == "technical-depth" }),
                    let first = section.criteria.first
                {
                    let critical =
                        section.criteria.first { criterion in
                            section.configuration?["skills"]?[criterion.id]?["critical"]?.scalar?.text == "true"
                        } ?? first
                    truth[critical.id] = Double(rubric.scale.lowest) + 0.6
                }
            case .language:
                if let index = levels.firstIndex(where: \.mandatory) ?? levels.indices.first {
                    levels[index].rank = max(1, levels[index].required - 1 - Int(random.next() % 2))
                }
            case nil:
                break
            }
        }
    }

    private static let observedPrefix = ["de": "Beobachtet: ", "en": "Observed: "]

    /// Sentences interviewers add to an anchor-like observation, to give evidence its real variety and length.
    private static let details: [String: [String]] = [
        "de": [
            "Nannte ein konkretes Beispiel aus dem letzten Jahr mit Zahlen zum Ergebnis.",
            "Auf Nachfrage blieb die Antwort allgemein; ein eigenes Beispiel fehlte.",
            "Beschrieb die eigenen Schritte in der richtigen Reihenfolge und begründete sie.",
            "Sprach ruhig und strukturiert, fasste am Ende selbst zusammen.",
            "Bezog die Kundensicht von sich aus ein, ohne dass danach gefragt wurde.",
            "Brauchte zwei Anläufe, kam dann aber zu einer tragfähigen Lösung.",
        ],
        "en": [
            "Gave a concrete example from the last year, with figures on the outcome.",
            "When probed, the answer stayed general; there was no example of their own.",
            "Described their own steps in the right order and gave reasons for them.",
            "Spoke calmly and in a structured way, and summed up unprompted at the end.",
            "Brought in the customer's point of view without being asked.",
            "Needed two attempts but then reached a workable solution.",
        ],
    ]

    private static let reasons: [String: [Recommendation: [String]]] = [
        "de": [
            .strongNo: [
                "Deutlich unter den Anforderungen in mehreren Kernbereichen.",
                "K.-o.-Kriterium beobachtet; nicht einsetzbar.",
            ],
            .no: ["Fachlich noch zu dünn für die Rolle.", "Kundenorientierung nicht überzeugend belegt."],
            .yes: [
                "Solide in allen Bereichen; Einarbeitung im Tagesgeschäft möglich.",
                "Stark im Kundenkontakt, fachlich ausreichend.",
            ],
            .strongYes: ["Überzeugend in allen Bereichen, klare Empfehlung.", "Fachlich und im Gespräch sehr stark."],
            .noDecision: ["Zu wenig gesehen, um zu entscheiden."],
        ],
        "en": [
            .strongNo: ["Well below the requirements in several core areas.", "Knock-out observed; cannot be placed."],
            .no: ["Technically still too thin for the role.", "Customer orientation not convincingly shown."],
            .yes: [
                "Solid across the board; can learn the rest on the job.",
                "Strong with customers, technically sufficient.",
            ],
            .strongYes: [
                "Convincing in every area, a clear recommendation.",
                "Very strong both technically and in conversation.",
            ],
            .noDecision: ["Saw too little to decide."],
        ],
    ]

    private func scorecard(
        candidate: CandidateProfile, index: Int, requisition: String, interviewer: Interviewer,
        date: CalendarDate, hour: Int, random: inout SplitMix64
    ) -> Scorecard {
        let rubric = requisitions[index % requisitions.count].rubric
        let scale = rubric.scale
        let middle = scale.middle
        let halo = random.normal(mean: 0, deviation: 0.3)
        var entries: [String: Scorecard.Entry] = [:]
        var order: [String] = []
        var minute = 0
        var own: [Double] = []
        for section in rubric.sections {
            var ids = section.criteria.map(\.id)
            if interviewer.shuffles { random.shuffle(&ids) }
            order += ids
            for criterion in section.criteria {
                minute += 2 + Int(random.next() % 4)
                let stamp =
                    "\(date)T\(SyntheticStore.padded(hour + minute / 60, 2)):\(SyntheticStore.padded(minute % 60, 2))"
                    + ":\(SyntheticStore.padded(Int(random.next() % 60), 2))Z"
                let isRedFlag = candidate.redFlag == criterion.id
                if !isRedFlag && random.uniform() < 0.05 {
                    // Not assessed: the question was skipped for time, or the answer showed nothing about it.
                    let note: String? =
                        random.uniform() < 0.3
                        ? (interviewer.language == "de"
                            ? "Aus Zeitgründen nicht gefragt." : "Not asked, for lack of time.") : nil
                    entries[criterion.id] = Scorecard.Entry(rating: .notAssessed, evidence: note, ratedAt: stamp)
                    continue
                }
                var value =
                    (candidate.truth[criterion.id] ?? middle) + interviewer.leniency + halo
                    + random.normal(mean: 0, deviation: 0.4)
                value = middle + (value - middle) * interviewer.spread
                if random.uniform() < 0.06 { value += random.uniform() < 0.5 ? -2 : 2 }
                if isRedFlag { value = random.uniform() < 0.85 ? Double(scale.lowest) : Double(scale.lowest + 1) }
                let level = min(scale.highest, max(scale.lowest, Int(value.rounded())))
                own.append(Double(level))
                let needsEvidence = criterion.evidenceRequired || scale.isExtreme(level) || level <= scale.lowest + 1
                var evidence: String?
                if needsEvidence || random.uniform() < 0.85 {
                    let anchor = criterion.anchors[level]?.text(in: interviewer.language) ?? ""
                    var text = (SyntheticStore.observedPrefix[interviewer.language] ?? "") + anchor
                    if let pool = SyntheticStore.details[interviewer.language], random.uniform() < 0.45 {
                        text += " " + pool[Int(random.next() % UInt64(pool.count))]
                    }
                    evidence = text
                }
                entries[criterion.id] = Scorecard.Entry(rating: .level(level), evidence: evidence, ratedAt: stamp)
            }
        }
        var observations: [String: [String: ObservationValue]] = [:]
        for level in candidate.levels {
            if !level.mandatory && random.uniform() < 0.15 {
                observations[level.sectionID, default: [:]][level.id] = .notAssessed
                continue
            }
            let rank = level.rank + Int(random.normal(mean: 0, deviation: 0.45).rounded())
            observations[level.sectionID, default: [:]][level.id] = .level(
                level.scale[min(level.scale.count - 1, max(0, rank - 1))])
        }
        let mean = own.isEmpty ? middle : own.reduce(0, +) / Double(own.count)
        var value = rubric.decision.recommendation(forScore: mean + random.normal(mean: 0, deviation: 0.2))
        if own.contains(Double(scale.lowest)) && candidate.redFlag != nil { value = min(value, .no) }
        if random.uniform() < 0.04 {
            // Now and then an interviewer's own verdict contradicts their ratings: the merge notes it.
            value = value >= .yes ? .no : .yes
        }
        let reasons = SyntheticStore.reasons[interviewer.language]?[value] ?? []
        let reason = reasons.isEmpty ? nil : reasons[Int(random.next() % UInt64(reasons.count))]
        var scorecard = Scorecard(
            rubricID: rubric.id, rubricVersion: rubric.version, candidate: SyntheticStore.candidateID(index),
            requisition: requisition, interviewer: interviewer.name, interviewDate: date, status: .draft,
            entries: entries, observations: observations,
            recommendation: .init(value: value, reason: reason), order: order)
        for section in rubric.sections where observations[section.id] != nil {
            if let key = section.scorecardKey { scorecard.observationKeys[section.id] = key }
        }
        scorecard.status = .submitted
        scorecard.rubricHash = rubric.hash
        scorecard.seal = scorecard.computeSeal()
        return scorecard
    }

    // MARK: - Helpers

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The date of a day of 2026 (1 = January 1st), wrapping into 2027 past the year's end.
    private static func date(dayOfYear: Int) -> CalendarDate {
        var year = 2026
        var month = 1
        var day = max(1, dayOfYear)
        while day > CalendarDate.daysIn(month: month, year: year) {
            day -= CalendarDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        return CalendarDate(year: year, month: month, day: day) ?? CalendarDate(year: 2026, month: 1, day: 1)!
    }
}
