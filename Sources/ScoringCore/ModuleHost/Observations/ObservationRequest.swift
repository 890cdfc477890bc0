/// Something a module asks the interviewer to record for a section besides criterion ratings: its id,
/// label, kind (with bounds or allowed values) and whether it is required.
///
/// The host carries the values as module-keyed data (section id → observation id → value): the scorecard
/// writes them, `enter` asks for them, the merger combines them and the reports show them, all from this
/// declaration.
public struct ObservationRequest: Sendable, Hashable {
    /// The observation's id, unique in its section (kebab-case or a short code such as `de`).
    public var id: String
    /// What is observed, for people ("German", "Time taken").
    public var label: LocalizedText
    /// The kind of value, with its bounds or allowed values.
    public var kind: ObservationKind
    /// Whether a value must be recorded before the scorecard is submitted (else n/a is allowed).
    public var isRequired: Bool
    /// What the interviewer should know when recording it ("required C1 (mandatory)"), shown beside the label.
    public var detail: LocalizedText?
    /// For a level: the level `enter` marks with an arrow (the required one).
    public var markedLevel: String?

    /// Creates a request.
    public init(
        id: String, label: LocalizedText, kind: ObservationKind, isRequired: Bool, detail: LocalizedText? = nil,
        markedLevel: String? = nil
    ) {
        self.id = id
        self.label = label
        self.kind = kind
        self.isRequired = isRequired
        self.detail = detail
        self.markedLevel = markedLevel
    }

    /// A problem with a written or typed value: a stable code, what is wrong and what to do.
    public struct Problem: Error, Sendable, Hashable {
        /// The diagnostic code (`invalid-level`, `invalid-number`, `number-out-of-range`, `invalid-choice`).
        public var code: DiagnosticCode
        /// What is wrong.
        public var message: LocalizedText
        /// What to do.
        public var hint: LocalizedText?
    }

    /// The value written in a scorecard or typed at `enter`: `n/a` (or `na`, `N/A`) for not assessed, else a
    /// value of the request's kind within its bounds.
    public func value(parsing raw: String) throws(Problem) -> ObservationValue {
        let text = raw.trimmedOfWhitespace
        if ["n/a", "na", "N/A"].contains(text) { return .notAssessed }
        switch kind {
        case .level(let scale):
            guard let level = scale.level(matching: text) else {
                throw Problem(
                    code: .invalidLevel, message: ObservationMessages.notALevel(text, scale: scale),
                    hint: ObservationMessages.notAssessedHint)
            }
            return .level(level)
        case .count(let bounds), .minutes(let bounds):
            let isMinutes = if case .minutes = kind { true } else { false }
            guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                let number = Int(text)
            else {
                throw Problem(
                    code: .invalidNumber, message: ObservationMessages.notANumber(text, label: label),
                    hint: ObservationMessages.numberHint(bounds, minutes: isMinutes))
            }
            guard bounds.contains(number) else {
                throw Problem(
                    code: .numberOutOfRange,
                    message: ObservationMessages.outOfRange(number, label: label, bounds: bounds, minutes: isMinutes),
                    hint: ObservationMessages.numberHint(bounds, minutes: isMinutes))
            }
            return .number(number)
        case .choice(let choices):
            guard let choice = choices.first(where: { $0.id.lowercased() == text.lowercased() }) else {
                throw Problem(
                    code: .invalidChoice, message: ObservationMessages.notAChoice(text, label: label),
                    hint: ObservationMessages.choiceHint(choices.map(\.id)))
            }
            return .choice(choice.id)
        }
    }

    /// The value for people: the level, "35 min", the choice's label, or n/a.
    public func display(_ value: ObservationValue, in language: String) -> String {
        switch value {
        case .notAssessed:
            return ObservationMessages.notAssessed.text(in: language)
        case .level(let id):
            return id
        case .number(let number):
            if case .minutes = kind { return ObservationMessages.minutes(number).text(in: language) }
            return String(number)
        case .choice(let id):
            if case .choice(let choices) = kind, let choice = choices.first(where: { $0.id == id }) {
                return choice.label.text(in: language)
            }
            return id
        }
    }

    /// The panel's value from the raters' values, as the core combines them unless the module says otherwise:
    /// the median of the recorded values (the lower of the two middle ones for an even count) for a level or
    /// a number, and the most frequent answer for a choice (on a tie, the one listed first); nil when nobody
    /// recorded one.
    public func defaultMerge(_ values: [ObservationValue]) -> ObservationValue? {
        let recorded = values.filter(\.isRecorded)
        guard !recorded.isEmpty else { return nil }
        switch kind {
        case .level(let scale):
            let sorted = recorded.sorted { rank($0, on: scale) < rank($1, on: scale) }
            return sorted[(sorted.count - 1) / 2]
        case .count, .minutes:
            let numbers = recorded.compactMap { value -> Int? in
                if case .number(let number) = value { return number }
                return nil
            }.sorted()
            return numbers.isEmpty ? nil : .number(numbers[(numbers.count - 1) / 2])
        case .choice(let choices):
            var counts: [String: Int] = [:]
            for case .choice(let id) in recorded { counts[id, default: 0] += 1 }
            let best = counts.values.max() ?? 0
            return choices.first { counts[$0.id] == best }.map { .choice($0.id) }
        }
    }

    private func rank(_ value: ObservationValue, on scale: OrdinalScale) -> Int {
        if case .level(let id) = value { return scale.rank(of: id) ?? -1 }
        return -1
    }
}
