/// Reads the values ``BinaryWriter`` writes; every read is checked against the end of the bytes (nil past it, or
/// when the bytes cannot be what was asked for).
package struct BinaryReader {
    /// The bytes read.
    package let bytes: ArraySlice<UInt8>
    /// Where the next value starts.
    package var position: Int

    /// A reader of `bytes` that starts `position` bytes in.
    package init(bytes: ArraySlice<UInt8>, position: Int = 0) {
        self.bytes = bytes
        self.position = bytes.startIndex + position
    }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { position == bytes.endIndex }

    /// One byte.
    package mutating func byte() -> UInt8? {
        guard position < bytes.endIndex else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    /// An unsigned number.
    package mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while shift < 64, let byte = byte() {
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    /// A signed number (zigzag).
    package mutating func signed() -> Int64? {
        guard let raw = unsigned() else { return nil }
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    /// An `Int`.
    package mutating func int() -> Int? { signed().flatMap { Int(exactly: $0) } }

    /// A `Bool` (0 or 1; any other byte is wrong).
    package mutating func bool() -> Bool? {
        switch byte() {
        case 0: return false
        case 1: return true
        default: return nil
        }
    }

    /// A `Double` (its bit pattern).
    package mutating func double() -> Double? { unsigned().map { Double(bitPattern: $0) } }

    /// A text (valid UTF-8, or nil).
    package mutating func text() -> String? {
        guard let count = unsigned(), count <= UInt64(bytes.endIndex - position) else { return nil }
        let end = position + Int(count)
        defer { position = end }
        return String(validating: bytes[position..<end], as: UTF8.self)
    }

    /// A value behind a 0/1 presence byte: `.some(nil)` when absent, nil when the bytes are wrong.
    package mutating func optional<Value>(_ read: (inout BinaryReader) -> Value?) -> Value?? {
        switch byte() {
        case 0: return .some(nil)
        case 1: return read(&self).map { .some($0) }
        default: return nil
        }
    }

    /// An optional text.
    package mutating func optionalText() -> String?? { optional { $0.text() } }

    /// A count of the items that follow; every item takes at least one byte, so a count beyond the bytes left is
    /// corrupt (nil).
    package mutating func count() -> Int? {
        guard let count = unsigned(), count <= UInt64(bytes.endIndex - position) else { return nil }
        return Int(count)
    }

    /// A list written by ``BinaryWriter/list(_:_:)``: nil when its count or any item is wrong.
    package mutating func list<Value>(_ read: (inout BinaryReader) -> Value?) -> [Value]? {
        guard let count = count() else { return nil }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = read(&self) else { return nil }
            values.append(value)
        }
        return values
    }

    /// A place written by ``BinaryWriter/location(_:)``: nil when either number is wrong.
    package mutating func location() -> SourceLocation? {
        guard let line = int(), let column = int() else { return nil }
        return SourceLocation(line: line, column: column)
    }
}
