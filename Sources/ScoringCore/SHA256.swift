import CSHA256

/// An incremental SHA-256 hasher as specified in FIPS 180-4.
///
/// HireScore only needs one cryptographic function: a stable content hash
/// for fingerprinting inputs and reports. Pulling in swift-crypto for that
/// single function adds roughly 1–1.5 minutes to a clean build on the
/// 2-core CI runners, so we carry this small, dependency-free
/// implementation instead. It is checked against the NIST FIPS 180-4 /
/// CAVP test vectors in `SHA256Tests`.
///
/// Feed data with `update(_:)` as many times as needed, then call
/// ``finalize()`` once to obtain the 32-byte digest. For one-shot use,
/// prefer ``hash(_:)`` or `hexDigest(_:)`.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(Array("abc".utf8))
/// let digest = hasher.finalize() // 32 bytes
/// ```
///
/// On x86-64 processors with the SHA extensions (SHA-NI) the compression
/// function runs on those instructions (`Sources/CSHA256`), several times
/// faster; everywhere else, and in the tests of both, it runs in Swift.
///
/// This type is a value type; copying a hasher copies its state, which
/// makes it cheap to hash a common prefix once and branch from there.
/// It is not intended for password hashing or other uses that need a
/// slow or keyed hash.
public struct SHA256: Sendable {
    /// The size of one SHA-256 message block in bytes.
    private static let blockSize = 64

    /// The SHA-256 round constants (first 32 bits of the fractional parts
    /// of the cube roots of the first 64 primes).
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Chaining state H0...H7, initialised per FIPS 180-4 section 5.3.3.
    private var state = State()

    /// Bytes of a partial block waiting for more input (always fewer than 64
    /// between calls).
    private var buffer: [UInt8] = []

    /// Total number of message bytes fed so far.
    private var byteCount: UInt64 = 0

    /// Whether this processor has the SHA extensions, asked once.
    private static let hardwareIsAvailable = hirescore_sha256_has_hardware() != 0

    /// Whether the SHA extensions are used where available; the tests turn it off to check the
    /// Swift implementation on the same machine.
    var allowsHardware = true

    /// Creates a hasher in the initial state defined by FIPS 180-4.
    ///
    /// The new hasher has consumed no input; calling ``finalize()`` right
    /// away yields the digest of the empty message.
    public init() {
        buffer.reserveCapacity(Self.blockSize)
    }

    /// Appends a sequence of bytes to the message being hashed.
    ///
    /// May be called any number of times; splitting the input across
    /// several calls yields the same digest as a single call with the
    /// concatenated bytes. Contiguous collections such as `[UInt8]`,
    /// `ArraySlice<UInt8>`, `Data` and `String.UTF8View` are processed
    /// without copying; other sequences are buffered in small chunks.
    ///
    /// - Parameter bytes: The next bytes of the message.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { pointer in
            self.update(UnsafeRawBufferPointer(pointer))
        }
        if handled != nil { return }

        var chunk: [UInt8] = []
        chunk.reserveCapacity(4096)
        for byte in bytes {
            chunk.append(byte)
            if chunk.count == 4096 {
                chunk.withUnsafeBytes { self.update($0) }
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty {
            chunk.withUnsafeBytes { self.update($0) }
        }
    }

    /// Appends the bytes of a raw buffer to the message being hashed.
    ///
    /// This is the fast path used by all other update methods: whole
    /// 64-byte blocks are compressed directly from the buffer without
    /// copying, and only a trailing partial block is retained.
    ///
    /// - Parameter bytes: The next bytes of the message. The buffer is only
    ///   read during the call and need not outlive it.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        guard count > 0 else { return }
        byteCount &+= UInt64(truncatingIfNeeded: count)
        var offset = 0

        // Top up a pending partial block first.
        if !buffer.isEmpty {
            let take = min(Self.blockSize - buffer.count, count)
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<take]))
            offset = take
            if buffer.count == Self.blockSize {
                buffer.withUnsafeBytes { compress($0, at: 0, blocks: 1) }
                buffer.removeAll(keepingCapacity: true)
            }
        }

        // Compress whole blocks straight from the input.
        let blocks = (count - offset) / Self.blockSize
        if blocks > 0 {
            compress(bytes, at: offset, blocks: blocks)
            offset += blocks * Self.blockSize
        }

        // Keep the remainder for later.
        if offset < count {
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[offset..<count]))
        }
    }

    /// Appends a byte array to the message being hashed.
    ///
    /// A convenience overload of `update(_:)` that avoids generic
    /// dispatch for the most common input type.
    ///
    /// - Parameter bytes: The next bytes of the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { self.update($0) }
    }

    /// Completes the hash computation and returns the 32-byte digest.
    ///
    /// Applies the FIPS 180-4 padding (a single `0x80` byte, zeros, and the
    /// 64-bit big-endian message length in bits) and processes the final
    /// block(s). After this call the hasher is reset to its initial state,
    /// so it can be reused for a new message.
    ///
    /// - Returns: The SHA-256 digest as 32 bytes, most significant first.
    public mutating func finalize() -> [UInt8] {
        let bitLength = byteCount &* 8
        var tail = buffer
        tail.append(0x80)
        let padded = tail.count <= 56 ? 64 : 128
        tail.append(contentsOf: repeatElement(0, count: padded - 8 - tail.count))
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        tail.withUnsafeBytes { raw in
            compress(raw, at: 0, blocks: raw.count / Self.blockSize)
        }

        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in [state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7] {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        self = SHA256()
        return digest
    }

    /// Computes the SHA-256 digest of a byte sequence in one call.
    ///
    /// Equivalent to creating a hasher, calling `update(_:)` once
    /// and then ``finalize()``.
    ///
    /// - Parameter bytes: The complete message.
    /// - Returns: The 32-byte digest.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Computes the SHA-256 digest of a byte sequence as lowercase hex.
    ///
    /// The result is always 64 characters from `0-9a-f`, matching the
    /// output format of `sha256sum` and `shasum -a 256`.
    ///
    /// - Parameter bytes: The complete message.
    /// - Returns: The digest as a 64-character lowercase hexadecimal string.
    public static func hexDigest(_ bytes: some Sequence<UInt8>) -> String {
        hex(hash(bytes))
    }

    /// Computes the SHA-256 digest of a string's UTF-8 encoding as lowercase hex.
    ///
    /// The string is hashed exactly as its UTF-8 bytes, without any Unicode
    /// normalization, so precomposed and decomposed forms of the same text
    /// (for example `"ü"` as U+00FC versus `"u"` + U+0308) hash differently.
    ///
    /// - Parameter string: The text to hash.
    /// - Returns: The digest as a 64-character lowercase hexadecimal string.
    public static func hexDigest(_ string: String) -> String {
        hex(hash(string.utf8))
    }

    // MARK: - Internals

    /// Compresses `blocks` whole 64-byte blocks starting at `offset`, on the SHA extensions where
    /// the processor has them.
    private mutating func compress(_ bytes: UnsafeRawBufferPointer, at offset: Int, blocks: Int) {
        guard blocks > 0, let base = bytes.baseAddress else { return }
        if allowsHardware && Self.hardwareIsAvailable {
            var words: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
                (state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7)
            withUnsafeMutableBytes(of: &words) { raw in
                hirescore_sha256_compress_blocks(raw.baseAddress!.assumingMemoryBound(to: UInt32.self),
                                                 (base + offset).assumingMemoryBound(to: UInt8.self), blocks)
            }
            (state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7) = words
            return
        }
        for block in 0..<blocks {
            state.compress(bytes, at: offset + block * Self.blockSize)
        }
    }

    /// Lowercase hexadecimal rendering of `bytes`.
    private static func hex(_ bytes: [UInt8]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The eight 32-bit working words of the hash plus the compression function.
    private struct State: Sendable {
        var h0: UInt32 = 0x6a09_e667
        var h1: UInt32 = 0xbb67_ae85
        var h2: UInt32 = 0x3c6e_f372
        var h3: UInt32 = 0xa54f_f53a
        var h4: UInt32 = 0x510e_527f
        var h5: UInt32 = 0x9b05_688c
        var h6: UInt32 = 0x1f83_d9ab
        var h7: UInt32 = 0x5be0_cd19

        @inline(__always)
        private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
            (x >> n) | (x << (32 &- n))
        }

        /// One round of the compression function: `h` and `d` take the new values, and the caller
        /// rotates the roles of the eight working variables instead of moving them.
        @inline(__always)
        private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                  _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ ch &+ kw
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            d = d &+ t1
            h = t1 &+ s0 &+ maj
        }

        /// Processes the 64-byte block starting at `offset` in `block`.
        ///
        /// Callers guarantee that `offset + 64 <= block.count`.
        mutating func compress(_ block: UnsafeRawBufferPointer, at offset: Int) {
            // The message schedule lives in a stack allocation to avoid heap
            // traffic per block.
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                let base = block.baseAddress! + offset
                for t in 0..<16 {
                    w[t] = UInt32(bigEndian: base.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
                }
                for t in 16..<64 {
                    let x = w[t - 15]
                    let y = w[t - 2]
                    let s0 = Self.rotr(x, 7) ^ Self.rotr(x, 18) ^ (x >> 3)
                    let s1 = Self.rotr(y, 17) ^ Self.rotr(y, 19) ^ (y >> 10)
                    w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                }

                var a = h0, b = h1, c = h2, d = h3
                var e = h4, f = h5, g = h6, h = h7

                SHA256.k.withUnsafeBufferPointer { k in
                    // Eight rounds per step, the working variables' roles rotating by one each round.
                    for t in stride(from: 0, to: 64, by: 8) {
                        Self.round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                        Self.round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                        Self.round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                        Self.round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                        Self.round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
                        Self.round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
                        Self.round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
                        Self.round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
                    }
                }

                h0 &+= a
                h1 &+= b
                h2 &+= c
                h3 &+= d
                h4 &+= e
                h5 &+= f
                h6 &+= g
                h7 &+= h
            }
        }
    }
}
