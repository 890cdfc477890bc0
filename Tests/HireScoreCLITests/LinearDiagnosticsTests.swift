import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 15, reproduction 10: diagnostics print in linear time. Not a timed test against a clock limit (a busy
/// machine would fail it): ten times the keys must take far less than the hundred times a quadratic printer
/// needs, both runs measured in the same test.
@Suite struct LinearDiagnosticsTests {
    @Test func tenTimesTheUnknownKeysTakeFarLessThanAHundredTimesAsLong() throws {
        let temp = try ComplianceStore()
        func run(keys: Int) throws -> TimeInterval {
            let file = temp.folder.appendingPathComponent("many-keys-\(keys).yaml")
            var text = "format: hirescore/scorecard@1\n"
            for index in 0..<keys { text += "unknown-\(index): x\n" }
            try Data(text.utf8).write(to: file)
            let start = Date()
            let result = temp.run(["verify", file.path], store: false)
            let seconds = Date().timeIntervalSince(start)
            #expect(result.exitCode == 1)
            #expect(result.stdout.contains("unknown-\(keys - 1)"), "every diagnostic is printed")
            return seconds
        }
        let small = try run(keys: 2_000)
        let large = try run(keys: 20_000)
        #expect(large / small < 40, "20,000 keys took \(large) s, 2,000 took \(small) s: not linear")
    }
}
