import ScoringCore
import Testing

@testable import hirescore

/// The catalogues beside the commands: every entry in both languages, German different unless marked, and a few
/// texts exactly as users read them (the end-to-end tests check them in the commands' output).
@Suite struct CommandCatalogueTests {
    @Test("every entry of every command catalogue has German and English")
    func everyEntryHasGermanAndEnglish() {
        #expect(KeysCommandMessages.languageProblems() == [])
        #expect(CacheCommandMessages.languageProblems() == [])
        #expect(PurgeCommandMessages.languageProblems() == [])
        #expect(AuditCommandMessages.languageProblems() == [])
        #expect(RecordCommandMessages.languageProblems() == [])
        #expect(SelectionMessages.languageProblems() == [])
        #expect(RubricCommandMessages.languageProblems() == [])
        #expect(ModulesCommandMessages.languageProblems() == [])
        #expect(UsageMessages.languageProblems() == [])
    }

    @Test("a key's history in 'keys list'")
    func keyHistory() {
        #expect(
            KeysCommandMessages.history(registeredAt: 4, revokedAt: 9).text(in: .en)
                == "registered by event 4, revoked by event 9")
        #expect(
            KeysCommandMessages.history(registeredAt: 4, revokedAt: nil).text(in: .de)
                == "registriert mit Ereignis 4, gültig")
    }

    @Test("the purge plan's summary")
    func purgeSummary() {
        #expect(
            PurgeCommandMessages.dryRun(2).text(in: .de)
                == "Probelauf: 2 Kandidat*innen wären zu löschen; nichts gelöscht")
        #expect(
            PurgeCommandMessages.deleted(6, candidates: 2).text(in: .en)
                == "deleted 6 files of 2 candidates and logged it")
    }

    @Test("a requisition without candidates names the ones found and the closest")
    func noCandidates() {
        let message = SelectionMessages.noCandidates(inRequisition: "r-2", known: ["r-1", "r-3"], suggestion: "r-3")
        #expect(
            message.text(in: .en)
                == "no candidates in requisition 'r-2'; requisitions found: r-1, r-3; \(CommonMessages.didYouMean("r-3").text(in: .en))"
        )
        #expect(
            SelectionMessages.noCandidates(inRequisition: "r-2", known: [], suggestion: nil).text(in: .de)
                == "keine Kandidat*innen in der Ausschreibung 'r-2'; vorhanden: keine")
    }

    @Test("a decision recorded, in German")
    func decisionRecorded() {
        let message = RecordCommandMessages.decisionRecorded(
            "c-101", outcome: "hired", date: "2026-12-01", panel: "ja", retainUntil: "2027-06-01")
        #expect(
            message.text(in: .de)
                == "Entscheidung erfasst: c-101 hired am 2026-12-01 (Panel: ja); aufbewahrt bis 2027-06-01")
    }
}

/// The developer commands' catalogue.
@Suite struct DevCommandMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(DevCommandMessages.languageProblems() == [])
    }
}
