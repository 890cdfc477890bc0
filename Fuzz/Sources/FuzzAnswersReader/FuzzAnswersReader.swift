import Foundation
import FuzzSupport
import Interview
import ScoringCore

/// libFuzzer target: an answers file (`hirescore enter --answers FILE`) run as a scripted entry
/// session over the fixed small rubric mini-claims, in English and German alternately. The last
/// scorecard saved is written as the tool writes it, read back, and must match.
@main
enum FuzzAnswersReader {
    static let rubric = FuzzSupport.smallRubric
    static let rubrics = [FuzzSupport.smallRubric]
    nonisolated(unsafe) static var runs = 0

    static func main() {
        _ = rubric
        exit(runFuzzer { data, size in
            FuzzAnswersReader.test(fuzzBytes(data, size))
            return 0
        })
    }

    static func test(_ bytes: [UInt8]) {
        runs += 1
        let console = ScriptedConsole(script: String(decoding: bytes, as: UTF8.self))
        let draft = Scorecard(rubricID: rubric.id, rubricVersion: rubric.version, rubricHash: rubric.hash, candidate: "c-1",
                              requisition: "fuzz", interviewer: "Fuzz Tester", interviewDate: CalendarDate(year: 2026, month: 1, day: 31),
                              sourcePath: "fuzz/scorecard.yaml")
        nonisolated(unsafe) var saves = 0
        nonisolated(unsafe) var last: Scorecard?
        let session = EntrySession(rubric: rubric, registry: FuzzSupport.registry, scorecard: draft, console: console,
                                   language: runs % 2 == 0 ? .en : .de, shuffle: false, scripted: true,
                                   now: { Date(timeIntervalSince1970: 1_769_860_800) }) { scorecard in
            saves += 1
            if saves > 10_000 { finding("more than 10,000 saves for \(bytes.count) bytes of answers") }
            last = scorecard
        }
        let outcome = session.run()
        guard let last else { finding("the session never saved the draft (outcome \(outcome))") }
        if case .submitted(let seal) = outcome {
            if last.status != .submitted || last.seal != seal || !last.hasValidSeal { finding("submitted, but the saved scorecard is not sealed") }
        }
        FuzzSupport.checkRoundTrip(last, rubrics: rubrics, label: "answers")
    }
}
