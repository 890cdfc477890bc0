import Foundation
import YAML

/// The compiled form of each rubric file that loaded without any diagnostic, in the user's cache
/// (``UserCache``), so that a command needing one rubric does not parse, check and hash its YAML again.
///
/// An entry is keyed by the SHA-256 of the file's exact bytes, the program that wrote it (``programStamp``, as
/// the scorecard index is), the modules of the registry and the YAML budgets: the same bytes read by the same
/// build give the same rubric, so a cached rubric is the rubric the file would load as. Only a rubric whose file
/// gave no diagnostic at all (no error, warning or note) is written, so a cached rubric never hides one: a file
/// with any diagnostic is read afresh every time. An entry that is corrupt, foreign, group- or world-writable,
/// or was written by another build is not read (``UserCache`` checks the file; this type checks the checksum,
/// the program and the key) and is written again after the file is parsed.
///
/// The file: a magic line, the program stamp, the key, the rubric (``BinaryWriter/rubric(_:)``), and the SHA-256
/// of all of that.
package struct RubricCache: Sendable {
    /// The user's cache folder.
    package let cache: UserCache
    /// The stamp of the running program: entries of another build are not read.
    package let program: String

    /// The first line of every entry; a new layout gets a new number.
    static let magic = Array("hirescore-compiled-rubric 1\n".utf8)

    /// More than any rubric's compiled form (a rubric file is at most 1 MiB of YAML).
    static let sizeLimit = 8 << 20

    /// A compiled-rubric cache in `cache` for this program; nil without a cache (`--no-cache`) or when the running
    /// program cannot be told.
    package init?(cache: UserCache?) {
        guard let cache, let program = ScorecardIndex.programStamp() else { return nil }
        self.init(cache: cache, program: program)
    }

    /// A compiled-rubric cache in `cache` for entries written by `program`.
    package init(cache: UserCache, program: String) {
        self.cache = cache
        self.program = program
    }

    /// The key of a rubric file's bytes read with `registry`'s modules and `limits`.
    package static func key(for bytes: [UInt8], registry: ModuleRegistry, limits: YAMLReader.Limits) -> String {
        ContentDigest.hexDigest(bytes) + " " + registry.ids.joined(separator: ",")
            + " \(limits.maximumBytes) \(limits.maximumNodes) \(limits.maximumDepth)"
    }

    /// The name of the cache file of `key`.
    package static func name(for key: String) -> String {
        UserCache.fileName(.compiledRubric, key: key)
    }

    /// The rubric cached under `key`, as read from `sourcePath`; nil when there is none the cache vouches for.
    package func read(key: String, sourcePath: String) -> Rubric? {
        guard let bytes = cache.read(Self.name(for: key), limit: Self.sizeLimit),
            bytes.count > Self.magic.count + 32, bytes.starts(with: Self.magic)
        else { return nil }
        let body = bytes[..<(bytes.count - 32)]
        guard ContentDigest.hash(body).elementsEqual(bytes[(bytes.count - 32)...]) else { return nil }
        var reader = BinaryReader(bytes: body, position: Self.magic.count)
        guard reader.text() == program, reader.text() == key, let rubric = reader.rubric(sourcePath: sourcePath),
            reader.isAtEnd
        else { return nil }
        return rubric
    }

    /// Writes `rubric` under `key` (atomically, private to the user; silently skipped when the cache cannot be
    /// written).
    package func write(_ rubric: Rubric, key: String) {
        cache.write(encoded(rubric, key: key), name: Self.name(for: key))
    }

    /// The cache file of `rubric` under `key`.
    func encoded(_ rubric: Rubric, key: String) -> [UInt8] {
        var writer = BinaryWriter(Self.magic)
        writer.text(program)
        writer.text(key)
        writer.rubric(rubric)
        writer.bytes += ContentDigest.hash(writer.bytes)
        return writer.bytes
    }
}
