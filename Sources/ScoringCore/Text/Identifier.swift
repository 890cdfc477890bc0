/// Rules and helpers for the identifiers used in rubrics and stores (`claims-handler`).
package enum Identifier {
    /// Whether `text` is kebab-case: lowercase ASCII letters and digits in words joined by single
    /// hyphens, starting with a letter, at most 64 characters.
    package static func isKebabCase(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.count <= 64, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
            bytes.last != UInt8(ascii: "-")
        else { return false }
        var previousHyphen = false
        for byte in bytes {
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            let isHyphen = byte == UInt8(ascii: "-")
            guard isLower || isDigit || isHyphen else { return false }
            if isHyphen && previousHyphen { return false }
            previousHyphen = isHyphen
        }
        return true
    }

    /// A kebab-case form of `text`, for hints.
    package static func suggestKebabCase(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "my-id" : result
    }

    /// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3 + 1))
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, best.map({ distance < $0.1 }) ?? true { best = (candidate, distance) }
        }
        return best?.0
    }

    /// The Levenshtein distance between two strings (insertions, deletions, substitutions).
    package static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs.unicodeScalars)
        let right = Array(rhs.unicodeScalars)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
