/// Writes values in the binary form of HireScore's cache files (the scorecard index, compiled rubrics).
///
/// Numbers are LEB128 varints (zigzag for signed ones), floating-point numbers their bit pattern, texts a length
/// and their UTF-8 bytes, optionals a 0 or 1 byte before the value. ``BinaryReader`` reads them back. Binary rather
/// than JSON: reading a cache must cost far less than reading the YAML it stands for.
package struct BinaryWriter {
    /// What has been written.
    package var bytes: [UInt8] = []

    /// A writer that starts with `bytes` (a magic line, say).
    package init(_ bytes: [UInt8] = []) {
        self.bytes = bytes
    }

    /// An unsigned number.
    package mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A signed number (zigzag).
    package mutating func signed(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// An `Int`.
    package mutating func int(_ value: Int) { signed(Int64(value)) }

    /// A count of the items that follow.
    package mutating func count(_ value: Int) { unsigned(UInt64(value)) }

    /// A `Bool`, as 0 or 1.
    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A `Double`, exactly (its bit pattern).
    package mutating func double(_ value: Double) { unsigned(value.bitPattern) }

    /// A text.
    package mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// An optional value: 0, or 1 and the value.
    package mutating func optional<Value>(_ value: Value?, _ write: (inout BinaryWriter, Value) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    /// A list: its count and its items.
    package mutating func list<Value>(_ values: [Value], _ write: (inout BinaryWriter, Value) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }

    /// A place in a file: its line and column.
    package mutating func location(_ value: SourceLocation) {
        int(value.line)
        int(value.column)
    }
}
