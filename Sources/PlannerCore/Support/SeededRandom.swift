/// SplitMix64: small, fast and the same on every platform, so a seed names one sequence. The
/// generated benchmark visits (participants, interpreting) and the assigner's randomised repair
/// all use it, so runs repeat.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with `chance` per cent.
    mutating func percent(_ chance: UInt64) -> Bool { next() % 100 < chance }

    /// A number in 0..<count.
    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(max(1, count))) }
}
