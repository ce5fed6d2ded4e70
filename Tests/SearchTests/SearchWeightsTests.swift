import Testing

@testable import Search

@Suite struct SearchWeightsTests {
    @Test func aFieldsWeightIsSharedByItsValues() {
        // "Voor wie: Ouderen" says more about ouderen than "Voor wie: Iedereen, Ouderen".
        #expect(SearchWeights.field(sharedBy: 1) == SearchWeights.field)
        #expect(SearchWeights.field(sharedBy: 2) == SearchWeights.field / 2)
        #expect(SearchWeights.field(sharedBy: 3) == 0.75)
        #expect(SearchWeights.field(sharedBy: 50) == 0.25)
    }

    @Test func sharedWeightsAreQuartersSoTheirSumsDoNotDependOnTheOrder() {
        for values in 1...40 {
            let weight = SearchWeights.field(sharedBy: values)
            #expect(weight * 4 == (weight * 4).rounded())
        }
    }
}
