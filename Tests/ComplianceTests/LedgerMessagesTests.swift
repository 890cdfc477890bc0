import ScoringCore
import Testing

@testable import Compliance

/// The catalogues of the store's ledger, its audit log, record sessions and the record-changing operations: every
/// entry in both languages, German different unless marked, and a few texts exactly as users read them.
@Suite struct LedgerMessagesTests {
    @Test("every entry of every ledger catalogue has German and English")
    func everyEntryHasGermanAndEnglish() {
        #expect(StoreLedgerMessages.languageProblems() == [])
        #expect(AuditLogMessages.languageProblems() == [])
        #expect(RecordSessionMessages.languageProblems() == [])
        #expect(SubmissionMessages.languageProblems() == [])
        #expect(KeyRegistrationMessages.languageProblems() == [])
        #expect(CheckpointMessages.languageProblems() == [])
        #expect(DecisionMessages.languageProblems() == [])
        #expect(HoldMessages.languageProblems() == [])
        #expect(RecordIDMessages.languageProblems() == [])
    }

    @Test("a retention period out of range names the file, the range and what was found")
    func retentionMonths() {
        let message = StoreLedgerMessages.retentionMonths("s/settings.json", range: 1...120, found: "0")
        #expect(
            message.text(in: .en)
                == "s/settings.json: 'retention-months' must be a whole number of months from 1 to 120, found 0")
        #expect(
            message.text(in: .de)
                == "s/settings.json: 'retention-months' muss eine ganze Zahl von Monaten von 1 bis 120 sein, gefunden: 0"
        )
    }

    @Test("a refused event says what was refused, why, what to do and that nothing was recorded")
    func refusedEvent() {
        let message = AuditLogMessages.cannotRecord(
            "hold", actor: "HR Office", problem: AuditLogMessages.unreadableLine(3),
            hint: AuditLogMessages.yourKey("3f2a", path: "k.key"))
        #expect(
            message.text(in: .en)
                == "the hold by 'HR Office' cannot be recorded: line 3 is not a valid audit event (edited or damaged); your key is 3f2a (k.key); nothing was recorded"
        )
        #expect(
            message.text(in: .de)
                == "das Ereignis hold von 'HR Office' kann nicht erfasst werden: Zeile 3 ist kein gültiges Protokollereignis (bearbeitet oder beschädigt); Ihr Schlüssel ist 3f2a (k.key); nichts wurde erfasst"
        )
    }

    @Test("a broken chain and a wrong sequence number are reported on their line")
    func chainProblems() {
        #expect(
            AuditLogMessages.wrongSequence(line: 5, found: 7, expected: 5).text(in: .en)
                == "line 5 has sequence number 7, expected 5")
        #expect(
            AuditLogMessages.wrongSequence(line: 5, found: 7, expected: 5).text(in: .de)
                == "Zeile 5 hat die laufende Nummer 7, erwartet 5")
        #expect(
            AuditLogMessages.referencedFileMissing("r/c/a.yaml", line: 2).text(in: .de)
                == "r/c/a.yaml, auf Zeile 2 verwiesen, fehlt (ohne Löschlauf entfernt)")
    }

    @Test("an interrupted command completed on opening the store")
    func completedInterrupted() {
        let message = RecordSessionMessages.completedInterrupted("purge", candidate: "c-103", sequence: 12)
        #expect(message.text(in: .en) == "completed the interrupted purge of 'c-103' (event 12 of the audit log)")
        #expect(
            message.text(in: .de)
                == "unterbrochenes Ereignis purge für 'c-103' abgeschlossen (Ereignis 12 des Protokolls)")
    }

    @Test("only the interviewer signs their own scorecard")
    func notYourCard() {
        let message = SubmissionMessages.notYourCard("r/c/a.yaml", interviewer: "Anna Berg", keyHolder: "Ben Roth")
        #expect(
            message.text(in: .en)
                == "r/c/a.yaml is by 'Anna Berg', but your key is registered for 'Ben Roth'; only the interviewer signs their own scorecard"
        )
        #expect(
            message.text(in: .de)
                == "r/c/a.yaml stammt von 'Anna Berg', Ihr Schlüssel ist aber für 'Ben Roth' registriert; nur die Interviewer*in signiert den eigenen Bogen"
        )
    }

    @Test("a person with an active key is told how to revoke it")
    func activeKeyExists() {
        let message = KeyRegistrationMessages.activeKeyExists("Anna Berg", keyID: "3f2a")
        #expect(
            message.text(in: .en)
                == "'Anna Berg' already has the active key 3f2a; revoke it first ('hirescore keys revoke 3f2a')")
        #expect(
            message.text(in: .de)
                == "'Anna Berg' hat bereits den gültigen Schlüssel 3f2a; widerrufen Sie ihn zuerst ('hirescore keys revoke 3f2a')"
        )
    }

    @Test("a truncated log against its checkpoint")
    func eventsRemoved() {
        let message = CheckpointMessages.eventsRemoved(found: 12, time: "2026-12-01T09:00:00Z", recorded: 40)
        #expect(
            message.text(in: .en)
                == "the log has 12 events, but the checkpoint of 2026-12-01T09:00:00Z recorded 40: events were removed from it (truncated or emptied)"
        )
        #expect(
            message.text(in: .de)
                == "das Protokoll hat 12 Ereignisse, aber der Prüfpunkt vom 2026-12-01T09:00:00Z verzeichnete 40: Ereignisse wurden entfernt (gekürzt oder geleert)"
        )
    }

    @Test("a knock-out that does not stand lists the ones that do, or says none does")
    func knockOutDoesNotStand() {
        #expect(
            DecisionMessages.knockOutDoesNotStand("x", standing: ["a", "b"]).text(in: .en)
                == "'x' is not a knock-out that stands in this panel; the ones that stand: a, b")
        #expect(
            DecisionMessages.knockOutDoesNotStand("x", standing: []).text(in: .de)
                == "'x' ist kein K.-o.-Kriterium, das in diesem Panel gilt; keines gilt")
    }

    @Test("misplaced scorecards are listed one per line under the sentence")
    func misplacedScorecards() {
        let message = DecisionMessages.misplacedScorecards(
            "s/r/c", cards: [("a.yaml", DecisionMessages.notReadBack), ("b.yaml", DecisionMessages.notReadBack)])
        #expect(
            message.text(in: .de)
                == "Bewertungsbögen, die nicht nach s/r/c gehören; keine Entscheidung erfasst:\n  - a.yaml: die Entscheidung wurde protokolliert, ist aber nicht lesbar\n  - b.yaml: die Entscheidung wurde protokolliert, ist aber nicht lesbar"
        )
    }

    @Test("no hold to release names the holds the candidate has")
    func noHold() {
        let message = HoldMessages.noHold("c-101", requisition: "r-2", others: ["*", "r-1"])
        #expect(
            message.text(in: .en)
                == "there is no hold on 'c-101' in requisition 'r-2'; holds on 'c-101': all requisitions (no --requisition), --requisition r-1"
        )
        #expect(
            message.text(in: .de)
                == "keine Sperre für 'c-101' in der Ausschreibung 'r-2'; Sperren für 'c-101': alle Ausschreibungen (ohne --requisition), --requisition r-1"
        )
    }

    @Test("an unknown candidate, with and without the store")
    func noCandidate() {
        #expect(RecordIDMessages.noCandidate("c-9").text(in: .de) == "kein*e Kandidat*in 'c-9' in der Ablage")
        #expect(RecordIDMessages.noCandidate("c-9", store: "s").text(in: .en) == "no candidate 'c-9' in the store s")
    }
}
