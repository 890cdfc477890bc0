import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 15, reproduction 10: diagnostics print in linear time.
@Suite struct LinearDiagnosticsTests {
    @Test func twentyThousandUnknownKeysArePrintedQuickly() throws {
        let temp = try ComplianceStore()
        let file = temp.folder.appendingPathComponent("many-keys.yaml")
        var text = "format: hirescore/scorecard@1\n"
        for index in 0..<20_000 { text += "unknown-\(index): x\n" }
        try Data(text.utf8).write(to: file)
        let start = Date()
        let result = temp.run(["verify", file.path], store: false)
        let seconds = Date().timeIntervalSince(start)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("unknown-19999"), "every diagnostic is printed")
        #expect(seconds < 60, "took \(seconds) s (quadratic printing took minutes)")
    }
}
