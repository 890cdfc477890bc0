import Foundation
import YAML

// The index file: the magic line, the program stamp, the number of entries, the entries, and the SHA-256 of all of
// that. An entry's scorecard is written after its length, so that reading the file can leave it encoded until a merge
// takes that file from the index. Numbers are LEB128 varints (zigzag for signed ones), texts a length and their UTF-8
// bytes, optionals a 0 or 1 byte before the value. Binary rather than JSON: reading it must cost far less than decoding
// the YAML it stands for, and the scorecard model is not Codable (its ratings, observations and locations would each
// need a conformance only this file uses).

extension ScorecardIndex {
    /// The first line of every index file; a new layout gets a new number.
    static let magic = Array("hirescore-scorecard-index 2\n".utf8)

    /// The index as a cache file written by `program`.
    func encoded(program: String) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(program: program) { bytes += $0 }
        return bytes
    }

    /// The index as a cache file written by `program`, handed to `emit` in pieces of about a megabyte (a campaign's
    /// index is hundreds of megabytes: it is written as it is encoded, not held twice).
    func encode(program: String, emit: ([UInt8]) -> Void) {
        var digest = ContentDigest()
        var writer = BinaryWriter(Self.magic)
        func flush() {
            digest.update(writer.bytes)
            emit(writer.bytes)
            writer.bytes.removeAll(keepingCapacity: true)
        }
        writer.text(program)
        writer.unsigned(UInt64(records.count))
        for (path, record) in records.sorted(by: { $0.key < $1.key }) {
            writer.text(path)
            writer.stamp(record.stamp)
            writer.text(record.rubricHash)
            writer.unsigned(record.sealIntact ? 1 : 0)
            writer.text(record.groupKey)
            switch record.scorecard {
            case .decoded(let scorecard):
                var card = BinaryWriter()
                card.scorecard(scorecard)
                writer.unsigned(UInt64(card.bytes.count))
                writer.bytes += card.bytes
            case .encoded, .stored:
                // A card that cannot be read back from the old index file is written empty: it does not decode, so
                // the next merge reads that file again.
                let bytes = record.scorecard.encoding ?? []
                writer.unsigned(UInt64(bytes.count))
                writer.bytes += bytes
            }
            if writer.bytes.count >= 1 << 20 { flush() }
        }
        flush()
        emit(digest.finalize())
    }

    /// The index a cache file holds, when its checksum matches, it parses to its end and `program` wrote it; nil
    /// otherwise.
    init?(encoded bytes: [UInt8], program: String) {
        self.init(source: ByteSource(bytes), program: program)
    }

    /// The index `source` holds, when its checksum matches, it parses to its end and `program` wrote it; nil
    /// otherwise. The file is read once, front to back, a megabyte at a time; its records keep where their scorecards
    /// are in it, not their bytes.
    init?(source: ByteSource, program: String) {
        guard source.count > Self.magic.count + 32,
            source.bytes(at: 0, length: Self.magic.count).map({ $0 == Self.magic }) == true
        else { return nil }
        var body = DigestingReader(source: source, end: source.count - 32)
        var offset = Self.magic.count
        guard body.value(at: &offset, { $0.text() }) == program,
            let count = body.value(at: &offset, { $0.unsigned() }), count <= UInt64(body.end)
        else { return nil }
        var records: [String: Record] = [:]
        records.reserveCapacity(Int(count))
        for _ in 0..<count {
            let header = body.value(at: &offset) { reader -> (path: String, record: Record, length: Int)? in
                guard let path = reader.text(), let stamp = reader.stamp(), let rubricHash = reader.text(),
                    let seal = reader.unsigned(), seal <= 1, let groupKey = reader.text(),
                    let length = reader.unsigned(), length <= UInt64(source.count)
                else { return nil }
                let record = Record(
                    stamp: stamp, rubricHash: rubricHash, sealIntact: seal == 1, groupKey: groupKey,
                    scorecard: .stored(source, offset: 0, length: Int(length)))
                return (path, record, Int(length))
            }
            guard let (path, placed, length) = header, length <= body.end - offset else { return nil }
            var record = placed
            record.scorecard = .stored(source, offset: offset, length: length)
            records[path] = record
            offset += length
        }
        guard offset == body.end, let digest = body.finish(),
            source.bytes(at: body.end, length: 32) == digest
        else { return nil }
        self.init(records: records)
    }
}

/// Writes the index's values.
extension BinaryWriter {
    mutating func date(_ value: CalendarDate) {
        int(value.year)
        int(value.month)
        int(value.day)
    }

    mutating func stamp(_ stamp: ScorecardIndex.Stamp) {
        unsigned(stamp.device)
        unsigned(stamp.inode)
        for value in [stamp.size] + stamp.modified + stamp.changed { signed(value) }
    }

    mutating func textMap(_ map: [String: String]) {
        unsigned(UInt64(map.count))
        for (key, value) in map {
            text(key)
            text(value)
        }
    }

    mutating func observation(_ value: ObservationValue) {
        switch value {
        case .level(let id):
            bytes.append(0)
            text(id)
        case .number(let number):
            bytes.append(1)
            int(number)
        case .choice(let id):
            bytes.append(2)
            text(id)
        case .notAssessed:
            bytes.append(3)
        }
    }

    mutating func entry(_ entry: Scorecard.Entry) {
        switch entry.rating {
        case .level(let level):
            bytes.append(0)
            int(level)
        case .notAssessed:
            bytes.append(1)
        case .consensus(let value):
            bytes.append(2)
            unsigned(value.bitPattern)
        }
        optional(entry.evidence) { $0.text($1) }
        optional(entry.ratedAt) { $0.text($1) }
        location(entry.location)
    }

    mutating func scorecard(_ card: Scorecard) {
        text(card.rubricID)
        int(card.rubricVersion)
        optional(card.rubricHash) { $0.text($1) }
        text(card.candidate)
        optional(card.requisition) { $0.text($1) }
        text(card.interviewer)
        optional(card.interviewerID) { $0.text($1) }
        optional(card.stage) { $0.text($1) }
        optional(card.interviewDate) { $0.date($1) }
        text(card.status.rawValue)
        unsigned(UInt64(card.entries.count))
        for (id, entry) in card.entries {
            text(id)
            self.entry(entry)
        }
        unsigned(UInt64(card.observations.count))
        for (section, values) in card.observations {
            text(section)
            unsigned(UInt64(values.count))
            for (id, value) in values {
                text(id)
                observation(value)
            }
        }
        textMap(card.observationKeys)
        optional(card.recommendation) { writer, recommendation in
            writer.text(recommendation.value.rawValue)
            writer.optional(recommendation.reason) { $0.text($1) }
        }
        unsigned(UInt64(card.order.count))
        for id in card.order { text(id) }
        unsigned(UInt64(card.questionVariants.count))
        for (id, variant) in card.questionVariants {
            text(id)
            int(variant)
        }
        optional(card.seal) { $0.text($1) }
        optional(card.retainUntil) { $0.date($1) }
        optional(card.signature) { $0.text($1) }
    }
}

/// Reads the index's values.
extension BinaryReader {
    mutating func date() -> CalendarDate? {
        guard let year = int(), let month = int(), let day = int() else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    mutating func stamp() -> ScorecardIndex.Stamp? {
        guard let device = unsigned(), let inode = unsigned(), let size = signed(), let modifiedSeconds = signed(),
            let modifiedNanoseconds = signed(), let changedSeconds = signed(), let changedNanoseconds = signed()
        else { return nil }
        return ScorecardIndex.Stamp(
            device: device, inode: inode, size: size, modified: [modifiedSeconds, modifiedNanoseconds],
            changed: [changedSeconds, changedNanoseconds])
    }

    mutating func observation() -> ObservationValue? {
        switch byte() {
        case 0: return text().map { .level($0) }
        case 1: return int().map { .number($0) }
        case 2: return text().map { .choice($0) }
        case 3: return .notAssessed
        default: return nil
        }
    }

    mutating func entry() -> Scorecard.Entry? {
        let rating: Rating
        switch byte() {
        case 0:
            guard let level = int() else { return nil }
            rating = .level(level)
        case 1: rating = .notAssessed
        case 2:
            guard let bits = unsigned() else { return nil }
            rating = .consensus(Double(bitPattern: bits))
        default: return nil
        }
        guard let evidence = optionalText(), let ratedAt = optionalText(), let location = location() else { return nil }
        return Scorecard.Entry(rating: rating, evidence: evidence, ratedAt: ratedAt, location: location)
    }

    mutating func scorecard() -> Scorecard? {
        guard let rubricID = text(), let rubricVersion = int(), let rubricHash = optionalText(),
            let candidate = text(), let requisition = optionalText(), let interviewer = text(),
            let interviewerID = optionalText(), let stage = optionalText(),
            let interviewDate = optional({ $0.date() }), let status = text().flatMap(Scorecard.Status.init(rawValue:)),
            let entryCount = count()
        else { return nil }
        var entries: [String: Scorecard.Entry] = [:]
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            guard let id = text(), let entry = entry() else { return nil }
            entries[id] = entry
        }
        guard let sectionCount = count() else { return nil }
        var observations: [String: [String: ObservationValue]] = [:]
        for _ in 0..<sectionCount {
            guard let section = text(), let valueCount = count() else { return nil }
            var values: [String: ObservationValue] = [:]
            for _ in 0..<valueCount {
                guard let id = text(), let value = observation() else { return nil }
                values[id] = value
            }
            observations[section] = values
        }
        guard let keyCount = count() else { return nil }
        var observationKeys: [String: String] = [:]
        for _ in 0..<keyCount {
            guard let key = text(), let value = text() else { return nil }
            observationKeys[key] = value
        }
        let recommendation = optional { reader -> Scorecard.InterviewerRecommendation? in
            guard let value = reader.text().flatMap(Recommendation.init(rawValue:)), let reason = reader.optionalText()
            else { return nil }
            return Scorecard.InterviewerRecommendation(value: value, reason: reason)
        }
        guard let recommendation, let orderCount = count() else { return nil }
        var order: [String] = []
        for _ in 0..<orderCount {
            guard let id = text() else { return nil }
            order.append(id)
        }
        guard let variantCount = count() else { return nil }
        var questionVariants: [String: Int] = [:]
        for _ in 0..<variantCount {
            guard let id = text(), let variant = int() else { return nil }
            questionVariants[id] = variant
        }
        guard let seal = optionalText(), let retainUntil = optional({ $0.date() }), let signature = optionalText()
        else { return nil }
        var card = Scorecard(
            rubricID: rubricID, rubricVersion: rubricVersion, rubricHash: rubricHash, candidate: candidate,
            requisition: requisition, interviewer: interviewer, interviewDate: interviewDate, status: status,
            entries: entries, observations: observations, recommendation: recommendation, order: order, seal: seal)
        card.interviewerID = interviewerID
        card.stage = stage
        card.observationKeys = observationKeys
        card.questionVariants = questionVariants
        card.retainUntil = retainUntil
        card.signature = signature
        return card
    }
}
