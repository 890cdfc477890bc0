import Testing

@testable import Compliance

/// The key files' message catalogue: every entry in both languages, German different unless marked.
@Suite struct KeyFileMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(KeyFileMessages.languageProblems() == [])
    }

    @Test("a key that exists is never overwritten, said in the reason of the failure in both languages")
    func existingKey() {
        let message = KeyFileMessages.cannotCreate("k.key", reason: KeyFileMessages.neverOverwritten)
        #expect(
            message.text(in: "en") == "cannot create the key file k.key: it already exists; a key is never overwritten")
        #expect(
            message.text(in: "de")
                == "die Schlüsseldatei k.key kann nicht angelegt werden: sie existiert bereits; ein Schlüssel wird nie überschrieben"
        )
    }
}

/// The key registry's message catalogue.
@Suite struct KeyRegistryMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(KeyRegistryMessages.languageProblems() == [])
    }
}

/// The store verification's message catalogue.
@Suite struct StoreVerificationMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(StoreVerificationMessages.languageProblems() == [])
    }
}

/// The card signatures' message catalogue.
@Suite struct CardSignatureMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(CardSignatureMessages.languageProblems() == [])
    }
}
