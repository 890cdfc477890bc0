import Foundation

/// Finds words in evidence that point at protected characteristics under the German General Equal
/// Treatment Act (AGG) and asks the interviewer to describe observed behaviour instead.
///
/// The lint is a reminder, not a judge: it warns and never blocks. It matches whole words (and the
/// start of German compounds where noted), in German and English, case-insensitively.
package enum EvidenceLint {
    /// One suspicious word in a text.
    package struct Finding: Sendable, Hashable {
        /// The word as written in the text.
        package var word: String
        /// The protected characteristic it points at.
        package var characteristic: LocalizedText
        /// The character offset of the word in the text.
        package var offset: Int

        /// The warning message for the interviewer.
        package var message: LocalizedText {
            ScorecardMessages.evidenceMentions(word, characteristic: characteristic)
        }
    }

    private struct Rule {
        let characteristic: LocalizedText
        /// Whole words or phrases (lowercase).
        let words: [String]
        /// Word beginnings for compounds (lowercase).
        let prefixes: [String]
    }

    private static let rules: [Rule] = [
        Rule(
            characteristic: ScorecardMessages.age,
            words: [
                "age", "aged", "young", "elderly", "years old", "too old", "too young", "alter", "alt", "jung", "älter",
                "jünger", "jahre alt", "rentennah",
            ],
            prefixes: []),
        Rule(
            characteristic: ScorecardMessages.pregnancy,
            words: [
                "pregnant", "pregnancy", "family plans", "wants children", "maternity", "schwanger", "schwangerschaft",
                "kinderwunsch", "familienplanung", "elternzeit",
            ],
            prefixes: []),
        Rule(
            characteristic: ScorecardMessages.religion,
            words: [
                "religion", "religious", "muslim", "christian", "jewish", "hindu", "buddhist", "headscarf", "hijab",
                "church", "mosque", "religiös", "muslimisch", "christlich", "jüdisch", "kopftuch", "kirche", "moschee",
            ],
            prefixes: []),
        Rule(
            characteristic: ScorecardMessages.ethnicOrigin,
            words: [
                "ethnic", "ethnicity", "race", "foreigner", "nationality", "immigrant", "accent", "herkunft",
                "ausländer", "ausländerin", "ausländisch", "nationalität", "migrationshintergrund", "akzent",
                "hautfarbe", "skin colour", "skin color",
            ],
            prefixes: []),
        Rule(
            characteristic: ScorecardMessages.disability,
            words: [
                "disability", "disabled", "handicapped", "wheelchair", "chronic illness", "behinderung", "behindert",
                "schwerbehindert", "rollstuhl", "chronisch krank",
            ],
            prefixes: []),
        Rule(
            characteristic: ScorecardMessages.sexualIdentity,
            words: [
                "gay", "lesbian", "homosexual", "bisexual", "transgender", "sexual orientation", "schwul", "lesbisch",
                "homosexuell", "sexuelle orientierung",
            ],
            prefixes: []),
        Rule(
            characteristic: ScorecardMessages.nativeSpeaker,
            words: ["native speaker", "non-native", "mother tongue"],
            prefixes: ["muttersprachl", "muttersprache"]),
        Rule(
            characteristic: ScorecardMessages.appearance,
            words: [
                "attractive", "unattractive", "pretty", "ugly", "overweight", "appearance", "good-looking", "attraktiv",
                "unattraktiv", "hübsch", "hässlich", "übergewichtig", "aussehen", "gutaussehend",
            ],
            prefixes: []),
    ]

    /// The suspicious words in `text`, in order of appearance.
    package static func check(_ text: String) -> [Finding] {
        let lowered = text.lowercased()
        let characters = Array(lowered)
        var findings: [Finding] = []
        func isWordCharacter(_ index: Int) -> Bool {
            index >= 0 && index < characters.count && (characters[index].isLetter || characters[index].isNumber)
        }
        for rule in rules {
            for word in rule.words + rule.prefixes {
                let isPrefix = rule.prefixes.contains(word)
                let pattern = Array(word)
                guard !pattern.isEmpty, pattern.count <= characters.count else { continue }
                var index = 0
                while index + pattern.count <= characters.count {
                    // Compared in place: copying a slice per position made verify spend most of its time here.
                    if characters[index] == pattern[0],
                        characters[index..<(index + pattern.count)].elementsEqual(pattern),
                        !isWordCharacter(index - 1), isPrefix || !isWordCharacter(index + pattern.count)
                    {
                        var end = index + pattern.count
                        if isPrefix { while isWordCharacter(end) { end += 1 } }
                        let original = String(Array(text)[index..<min(end, text.count)])
                        if !findings.contains(where: { $0.offset == index }) {
                            findings.append(Finding(word: original, characteristic: rule.characteristic, offset: index))
                        }
                        index = end
                    } else {
                        index += 1
                    }
                }
            }
        }
        return findings.sorted { $0.offset < $1.offset }
    }
}
