import ScoringCore
import Testing

struct ConsensusMethodTests {
    @Test func medianOfAnOddCountIsTheMiddleValue() {
        #expect(ConsensusMethod.median.combine([5, 1, 2]) == 2)
        #expect(ConsensusMethod.median.combine([4]) == 4)
        #expect(ConsensusMethod.median.combine([1, 1, 5, 5, 4]) == 4)
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        #expect(ConsensusMethod.median.combine([4, 1, 3, 2]) == 2.5)
        #expect(ConsensusMethod.median.combine([5, 2]) == 3.5)
        #expect(ConsensusMethod.median.combine([3, 1, 3, 5]) == 3)
    }

    @Test func meanIsTheArithmeticMean() {
        #expect(ConsensusMethod.mean.combine([1, 2, 4]) == 7.0 / 3.0)
        #expect(ConsensusMethod.mean.combine([2, 5]) == 3.5)
        #expect(ConsensusMethod.mean.combine([1, 1, 1, 5]) == 2)
    }

    @Test func trimmedMeanDropsOneHighestAndOneLowest() {
        #expect(ConsensusMethod.trimmedMean.combine([1, 5, 3]) == 3)
        #expect(ConsensusMethod.trimmedMean.combine([1, 2, 3, 5]) == 2.5)
        // Only one of the two equal highest values is dropped.
        #expect(ConsensusMethod.trimmedMean.combine([5, 1, 5, 4, 2]) == 11.0 / 3.0)
    }

    @Test func trimmedMeanOfTwoValuesIsTheMean() {
        #expect(ConsensusMethod.trimmedMean.combine([2, 5]) == 3.5)
        #expect(ConsensusMethod.trimmedMean.combine([4]) == 4)
    }

    @Test(arguments: ConsensusMethod.allCases)
    func nothingToCombineIsNil(method: ConsensusMethod) {
        #expect(method.combine([]) == nil)
    }

    @Test func rawValuesAreTheCommandLineNames() {
        #expect(ConsensusMethod.allCases.map(\.rawValue) == ["median", "mean", "trimmed-mean"])
    }
}
