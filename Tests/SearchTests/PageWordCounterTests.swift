import Testing

@testable import Search

@Suite struct PageWordCounterTests {
    /// A vocabulary as the collector keeps one: numbers in the order words are first seen, by any counter.
    final class Vocabulary {
        var words: [String] = []
        var numbers: [String: UInt32] = [:]
        var asked: [String] = []

        func number(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
            let word = String(decoding: word, as: UTF8.self)
            asked.append(word)
            if let number = numbers[word] { return number }
            numbers[word] = UInt32(words.count)
            words.append(word)
            return UInt32(words.count - 1)
        }
    }

    func finish(_ counter: inout PageWordCounter, _ vocabulary: Vocabulary) -> [String: Float] {
        counter.numberNewWords(vocabulary.number)
        let page = counter.finishPage()
        return Dictionary(uniqueKeysWithValues: zip(page.words.map { vocabulary.words[Int($0)] }, page.weights))
    }

    @Test func aPageHasEachWordOnceWithItsWeightsSummedAndItsBodyLength() {
        var counter = PageWordCounter()
        let vocabulary = Vocabulary()
        counter.add("Koffie in het buurthuis", 5)
        counter.add("Koffie en thee, koffie", 1, counts: true)
        counter.numberNewWords(vocabulary.number)
        let page = counter.finishPage()
        #expect(page.words.map { vocabulary.words[Int($0)] } == ["koffie", "in", "het", "buurthuis", "en", "thee"])
        #expect(page.weights == [7, 5, 5, 5, 1, 1])
        #expect(page.length == 4)
    }

    /// U+FDFA, 3 bytes, folds to four words (Arabic): more new words than the text has bytes.
    @Test func aCharacterThatFoldsToSeveralWordsCountsThemAll() {
        var counter = PageWordCounter()
        let vocabulary = Vocabulary()
        counter.add("\u{FDFA}", 1, counts: true)
        counter.add("en \u{FDFA}", 2)
        counter.numberNewWords(vocabulary.number)
        let page = counter.finishPage()
        #expect(page.words.map { vocabulary.words[Int($0)] } == ["صلى", "الله", "عليه", "وسلم", "en"])
        #expect(page.weights == [3, 3, 3, 3, 2])
        #expect(page.length == 4)
    }

    @Test func theNextPageStartsEmptyAndOnlyNewWordsGoToTheVocabulary() {
        var counter = PageWordCounter()
        let vocabulary = Vocabulary()
        counter.add("koffie thee", 1, counts: true)
        #expect(finish(&counter, vocabulary) == ["koffie": 1, "thee": 1])
        counter.add("thee en koekjes", 2)
        #expect(counter.hasNewWords, "en and koekjes are new")
        #expect(finish(&counter, vocabulary) == ["thee": 2, "en": 2, "koekjes": 2])
        #expect(vocabulary.asked == ["koffie", "thee", "en", "koekjes"], "thee is asked once")
        counter.add("koffie", 1)
        #expect(!counter.hasNewWords, "every word known")
        let page = counter.finishPage()
        #expect(page.words == [0] && page.length == 0)
    }

    @Test func aWordHasItsVocabularyNumberOnlyOnAPageThatHoldsIt() {
        var counter = PageWordCounter()
        let vocabulary = Vocabulary()
        counter.add("Wijkhuiskamer De Molensteen", 5)
        counter.numberNewWords(vocabulary.number)
        var word = "molensteen"
        #expect(word.withUTF8 { counter.vocabularyNumber(of: $0) } == 2)
        _ = counter.finishPage()
        counter.add("koffie", 1)
        counter.numberNewWords(vocabulary.number)
        #expect(word.withUTF8 { counter.vocabularyNumber(of: $0) } == nil)
    }

    @Test func aCounterThatKnowsTooManyWordsForgetsThemAndStillCounts() {
        var counter = PageWordCounter()
        let vocabulary = Vocabulary()
        counter.add("koffie " + (0...PageWordCounter.mostKnownWords).map { "w\($0)" }.joined(separator: " "), 1)
        _ = finish(&counter, vocabulary)
        counter.add("koffie thee", 1)
        #expect(counter.hasNewWords, "koffie is forgotten")
        #expect(finish(&counter, vocabulary) == ["koffie": 1, "thee": 1])
        #expect(vocabulary.asked.suffix(2) == ["koffie", "thee"])
    }
}
