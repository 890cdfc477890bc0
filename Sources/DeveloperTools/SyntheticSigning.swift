import Compliance
import Foundation
import ScoringCore

/// Signs a synthetic store for benchmarks (`hirescore dev sign-store`): throwaway keys made in memory
/// for HR and every interviewer, and a log written in one go with their registrations and a signed
/// `submit` event per sealed card, each card signed. The private keys are discarded at the end, so the
/// store verifies but nobody can add to it. Developer tooling: never for a real store.
package enum SyntheticSigning {
    /// Signs every sealed scorecard of the store at `storeRoot`; returns the number of cards signed.
    package static func sign(storeRoot: String, rubrics: [Rubric], now: Date = Date()) throws(StoreLedger.LedgerError)
        -> Int
    {
        let ledger = StoreLedger(storeRoot: storeRoot)
        try ledger.prepare()
        guard !FileManager.default.fileExists(atPath: ledger.auditLogPath) else {
            throw .init(message: SyntheticSigningMessages.notFresh(ledger.auditLogPath))
        }
        func throwaway() -> SigningKey { SigningKey.throwaway() }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let time = formatter.string(from: now)
        var lines: [String] = []
        var previous = AuditLog.genesis
        func append(_ event: AuditLog.Event, signer: SigningKey) {
            var entry = event
            entry.sequence = lines.count + 1
            entry.time = time
            entry.previous = previous
            entry.hash = entry.computeHash()
            entry.signature = signer.signature(.event, entry.hash ?? "")
            previous = entry.hash ?? ""
            lines.append(AuditLog.encodedLine(entry))
        }
        func register(_ key: SigningKey, name: String, role: String, by hr: SigningKey) {
            append(
                .init(
                    event: AuditLog.EventKind.keyRegister, actor: "HR Benchmark",
                    details: ["key-id": key.keyID, "public-key": key.publicKeyText, "name": name, "role": role]),
                signer: hr)
        }
        let hr = throwaway()
        register(hr, name: "HR Benchmark", role: "hr", by: hr)
        var keys: [String: SigningKey] = [:]
        var count = 0
        for path in ScorecardStore.scorecardFiles(in: storeRoot).files.sorted() {
            let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
            guard var scorecard = loaded.scorecard, let rubric = loaded.rubric, let seal = scorecard.seal else {
                continue
            }
            let key: SigningKey
            if let known = keys[scorecard.interviewer] {
                key = known
            } else {
                key = throwaway()
                keys[scorecard.interviewer] = key
                register(key, name: scorecard.interviewer, role: "interviewer", by: hr)
            }
            scorecard.signature = key.sign(card: seal)
            do {
                try AtomicFile.write(try scorecard.yamlText(), to: path)
            } catch {
                throw .init(message: StoreLedgerMessages.cannotWrite(path, reason: "\(error)"))
            }
            append(
                .init(
                    event: AuditLog.EventKind.submit, actor: scorecard.interviewer, candidate: scorecard.candidate,
                    requisition: scorecard.requisition, rubric: rubric.reference, rubricHash: rubric.hash,
                    files: [.init(path: StoreFiles.relative(path, to: storeRoot), seal: seal)],
                    details: ["signature": scorecard.signature ?? ""]), signer: key)
            count += 1
        }
        do {
            try AtomicFile.write(lines.map { $0 + "\n" }.joined(), to: ledger.auditLogPath)
        } catch {
            throw .init(message: StoreLedgerMessages.cannotWrite(ledger.auditLogPath, reason: "\(error)"))
        }
        return count
    }
}
