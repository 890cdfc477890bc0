import BuiltInModules
import Foundation
import Testing
import YAML

@testable import ScoringCore

/// The compiled-rubric cache gives back every rubric exactly as its file loads, is read only for the very bytes
/// and program it was written for, and never stands in for a file that has any diagnostic.
@Suite struct RubricCacheTests {
    /// A cache folder of its own (0700), removed by the caller.
    static func cacheFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirescore-rubric-cache-\(UUID())")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return folder.path
    }

    /// Every rubric file of the package: the shipped rubrics and the test fixtures (plans, alternates, work
    /// samples, observations, own scales, warnings).
    static func rubricFiles() -> [String] {
        let root = RubricFixtures.packageRoot
        let enumerator = FileManager.default.enumerator(atPath: root + "/Tests")
        var files = RubricLoader.yamlFiles(in: root + "/rubrics")
        while let relative = enumerator?.nextObject() as? String {
            let path = root + "/Tests/" + relative
            guard relative.hasSuffix(".yaml"), let text = try? String(contentsOfFile: path, encoding: .utf8),
                text.contains("\nformat: hirescore/rubric") || text.hasPrefix("format: hirescore/rubric")
            else { continue }
            files.append(path)
        }
        return files.sorted()
    }

    @Test func everyRubricComesBackEqual() throws {
        let loaded = RubricFixtures.loader.load(paths: Self.rubricFiles())
        #expect(loaded.rubrics.count >= 11, "rubrics loaded: \(loaded.rubrics.map(\.sourcePath))")
        let cache = RubricCache(cache: UserCache(folder: "/nonexistent"), program: "p1")
        for rubric in loaded.rubrics {
            let bytes = cache.encoded(rubric, key: "k")
            var reader = BinaryReader(bytes: bytes[...], position: RubricCache.magic.count)
            #expect(reader.text() == "p1")
            #expect(reader.text() == "k")
            let back = reader.rubric(sourcePath: rubric.sourcePath)
            #expect(back == rubric, "\(rubric.sourcePath)")
            #expect(reader.bytes.count - (reader.position - reader.bytes.startIndex) == 32, "\(rubric.sourcePath)")
        }
    }

    @Test func aWarmLoadIsTheColdLoad() throws {
        let folder = try Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rubrics = RubricFixtures.packageRoot + "/rubrics"
        var loader = RubricFixtures.loader
        loader.compiledCache = RubricCache(cache: UserCache(folder: folder), program: "p1")
        let uncached = RubricFixtures.loader.load(paths: [rubrics])
        let cold = loader.load(paths: [rubrics])
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("rubric-") }
        #expect(entries.count == 5)
        for entry in entries {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + entry)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
        }
        let warm = loader.load(paths: [rubrics])
        for result in [cold, warm] {
            #expect(result.rubrics == uncached.rubrics)
            #expect(result.files == uncached.files)
            #expect(result.sources == uncached.sources)
            #expect(result.diagnostics.isEmpty)
        }
    }

    /// The loader takes what the cache holds: a (valid) entry with another title shows through, so the warm
    /// load above did read the cache.
    @Test func theLoaderReadsTheCache() throws {
        let folder = try Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = RubricFixtures.packageRoot + "/rubrics/claims-handler.yaml"
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let cache = RubricCache(cache: UserCache(folder: folder), program: "p1")
        var loader = RubricFixtures.loader
        loader.compiledCache = cache
        var planted = try #require(loader.load(paths: [path]).rubrics.first)
        planted.title = LocalizedText(en: "From the cache", de: "Aus dem Cache")
        let key = RubricCache.key(for: bytes, registry: loader.registry, limits: loader.limits)
        cache.write(planted, key: key)
        #expect(loader.load(paths: [path]).rubrics.first?.title.text(in: "en") == "From the cache")
        // Another program, other budgets or a damaged entry: the file is parsed again (and the entry rewritten).
        var other = loader
        other.compiledCache = RubricCache(cache: UserCache(folder: folder), program: "p2")
        #expect(other.load(paths: [path]).rubrics.first?.title.text(in: "en") != "From the cache")
        var budgets = loader
        budgets.limits.maximumNodes -= 1
        #expect(budgets.load(paths: [path]).rubrics.first?.title.text(in: "en") != "From the cache")
        cache.write(planted, key: key)
        let file = folder + "/" + RubricCache.name(for: key)
        var damaged = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        damaged[damaged.count / 2] ^= 0x01
        try Data(damaged).write(to: URL(fileURLWithPath: file))
        let reparsed = try #require(loader.load(paths: [path]).rubrics.first)
        #expect(reparsed.title.text(in: "en") != "From the cache")
        #expect(cache.read(key: key, sourcePath: path) == reparsed)
    }

    @Test func aDamagedOrForeignEntryIsRefused() throws {
        let path = RubricFixtures.packageRoot + "/rubrics/sales-back-office.yaml"
        let rubric = try #require(RubricFixtures.loader.load(paths: [path]).rubrics.first)
        let folder = try Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = RubricCache(cache: UserCache(folder: folder), program: "p1")
        let file = folder + "/" + RubricCache.name(for: "k")
        let bytes = cache.encoded(rubric, key: "k")
        for length in stride(from: 0, to: bytes.count, by: 97) {
            try Data(bytes.prefix(length)).write(to: URL(fileURLWithPath: file))
            #expect(cache.read(key: "k", sourcePath: path) == nil, "cut at \(length)")
        }
        for position in stride(from: 0, to: bytes.count, by: 89) {
            var changed = bytes
            changed[position] ^= 0x01
            try Data(changed).write(to: URL(fileURLWithPath: file))
            #expect(cache.read(key: "k", sourcePath: path) == nil, "byte \(position) changed")
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        #expect(cache.read(key: "k", sourcePath: path) == rubric)
        #expect(RubricCache(cache: cache.cache, program: "p2").read(key: "k", sourcePath: path) == nil)
        #expect(cache.read(key: "k2", sourcePath: path) == nil)
        // Written under another key's name, an entry still names its own key: refused.
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + RubricCache.name(for: "k2")))
        #expect(cache.read(key: "k2", sourcePath: path) == nil)
        chmod(file, 0o620)
        #expect(cache.read(key: "k", sourcePath: path) == nil, "group-writable")
    }

    /// A file with a warning is parsed every time and reports its warning every time; it is never cached.
    @Test func aFileWithAWarningIsNeverCached() throws {
        let folder = try Self.cacheFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shipped = try String(
            contentsOfFile: RubricFixtures.packageRoot + "/rubrics/claims-handler.yaml", encoding: .utf8)
        let rationale = try #require(shipped.range(of: "  rationale:\n    de: \"Die Schwellen"))
        let end = try #require(shipped.range(of: "\n\nplan:", range: rationale.upperBound..<shipped.endIndex))
        let text = String(shipped[..<rationale.lowerBound]) + String(shipped[end.lowerBound...].dropFirst())
        let path = folder + "/claims-handler.yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        var loader = RubricFixtures.loader
        loader.compiledCache = RubricCache(cache: UserCache(folder: folder), program: "p1")
        for run in ["cold", "warm"] {
            let result = loader.load(paths: [path])
            #expect(result.rubrics.count == 1, "\(run)")
            #expect(result.diagnostics.map(\.code) == [.thresholdsWithoutRationale], "\(run)")
            let entries = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(entries == ["claims-handler.yaml"], "\(run)")
        }
    }
}
