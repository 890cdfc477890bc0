import Foundation

/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast generator whose output depends only on its seed.
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator for one stream (a candidate, a requisition, an interviewer) of a seed.
    package init(seed: UInt64, stream: UInt64, salt: UInt64) {
        state = seed ^ (stream &* 0x9E37_79B9_7F4A_7C15) ^ (salt &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1).
    package mutating func uniform() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A normal variate (Box–Muller).
    package mutating func normal(mean: Double, deviation: Double) -> Double {
        let u1 = max(uniform(), 1e-12)
        let u2 = uniform()
        return mean + deviation * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Shuffles `array` in place (Fisher–Yates) with this generator, the same on every platform.
    package mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            array.swapAt(index, other)
        }
    }
}
