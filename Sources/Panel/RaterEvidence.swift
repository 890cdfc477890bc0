import ScoringCore

/// The evidence one interviewer wrote, by criterion id, as a panel result keeps it: trimmed, and only where there is
/// some.
///
/// A list in the rubric's order rather than a dictionary, with the rubric's own criterion ids: a campaign's panels hold
/// the evidence of every rater, and a dictionary's table and a copy of each id per card were a sixth of a merge's
/// memory.
///
/// A campaign's merge may keep the texts in a scratch file instead (``stored(in:)``): they are read back when a report
/// asks for them, each rater's at once (``loaded``), and compare and hash as the texts they stand for.
public struct RaterEvidence: Sendable, Hashable {
    /// One criterion's evidence.
    public struct Entry: Sendable, Hashable {
        /// The criterion.
        public var criterionID: String
        /// What the interviewer wrote, trimmed.
        public var text: String
    }

    /// Where the entries are.
    private enum Storage: Sendable {
        /// In memory.
        case entries([Entry])
        /// Encoded, `length` bytes at `offset` of a scratch file.
        case stored(ByteSource, offset: Int, length: Int)
    }

    private var storage: Storage

    /// The entries, in the rubric's order of criteria (read back from the scratch file when they are kept there).
    ///
    /// When the scratch file cannot give them back (an I/O error, or bytes that do not decode as written) there are
    /// none, and the scratch file counts the failure (``ByteSource/failedReads``): a report rendered from such panels
    /// asks ``PanelMerger/Report/evidenceLost`` afterwards and must not be passed off as complete.
    public var entries: [Entry] {
        switch storage {
        case .entries(let entries):
            return entries
        case .stored(let source, let offset, let length):
            guard let bytes = source.bytes(at: offset, length: length) else { return [] }
            var reader = BinaryReader(bytes: bytes[...])
            let entries = reader.list { reader -> Entry? in
                guard let id = reader.text(), let text = reader.text() else { return nil }
                return Entry(criterionID: id, text: text)
            }
            guard let entries, reader.isAtEnd else {
                source.countFailedRead()
                return []
            }
            return entries
        }
    }

    /// No evidence.
    public init() {
        storage = .entries([])
    }

    /// The evidence of `scorecard`, in the order of `rubric`'s criteria (ids not in the rubric follow, sorted).
    public init(of scorecard: Scorecard, rubric: Rubric) {
        var entries: [Entry] = []
        entries.reserveCapacity(scorecard.entries.count)
        var seen = 0
        for criterion in rubric.allCriteria {
            guard let entry = scorecard.entries[criterion.id] else { continue }
            seen += 1
            guard let text = entry.evidence?.trimmedOfWhitespace, !text.isEmpty else { continue }
            entries.append(Entry(criterionID: criterion.id, text: text))
        }
        if seen < scorecard.entries.count {
            let known = Set(rubric.allCriteria.map(\.id))
            for (id, entry) in scorecard.entries.sorted(by: { $0.key < $1.key }) where !known.contains(id) {
                guard let text = entry.evidence?.trimmedOfWhitespace, !text.isEmpty else { continue }
                entries.append(Entry(criterionID: id, text: text))
            }
        }
        storage = .entries(entries)
    }

    /// The same evidence with its texts moved to the end of `scratch` (a campaign's evidence is most of its panels'
    /// memory); unchanged when there is none or the scratch file cannot take it.
    package func stored(in scratch: ByteSource) -> RaterEvidence {
        guard case .entries(let entries) = storage, !entries.isEmpty else { return self }
        var writer = BinaryWriter()
        writer.list(entries) { writer, entry in
            writer.text(entry.criterionID)
            writer.text(entry.text)
        }
        guard let offset = scratch.append(writer.bytes) else { return self }
        var stored = self
        stored.storage = .stored(scratch, offset: offset, length: writer.bytes.count)
        return stored
    }

    /// The same evidence in memory: what a report takes once per rater before it asks for each criterion.
    public var loaded: RaterEvidence {
        guard case .stored = storage else { return self }
        var loaded = self
        loaded.storage = .entries(entries)
        return loaded
    }

    /// The evidence for a criterion, if any (from the scratch file each time when kept there: use ``loaded`` first).
    public subscript(criterionID: String) -> String? {
        entries.first { $0.criterionID == criterionID }?.text
    }

    /// Whether there is none (evidence is moved to a scratch file only when there is some).
    public var isEmpty: Bool {
        switch storage {
        case .entries(let entries): entries.isEmpty
        case .stored: false
        }
    }

    /// Equal when the entries are.
    public static func == (left: RaterEvidence, right: RaterEvidence) -> Bool {
        left.entries == right.entries
    }

    /// Hashes the entries.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }
}
