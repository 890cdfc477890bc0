/// The evidence lint's warning (``EvidenceLint``) and the protected characteristics it names, shown at `enter` and by
/// `hirescore score` beside evidence that mentions one.
extension ScorecardMessages {
    /// The evidence lint's warning: a word in the evidence points at a protected characteristic.
    static func evidenceMentions(_ word: String, characteristic: LocalizedText) -> LocalizedText {
        .init(
            en:
                "the evidence mentions '\(word)' (\(characteristic.text(in: "en"))); describe the observed behaviour instead (AGG)",
            de:
                "der Beleg erwähnt '\(word)' (\(characteristic.text(in: "de"))); beschreiben Sie stattdessen das beobachtete Verhalten (AGG)"
        )
    }

    /// A protected characteristic the evidence lint looks for: age.
    static let age = LocalizedText(en: "age", de: "Alter")
    /// A protected characteristic: pregnancy or family plans.
    static let pregnancy = LocalizedText(
        en: "pregnancy or family plans", de: "Schwangerschaft oder Familienplanung")
    /// A protected characteristic: religion or belief.
    static let religion = LocalizedText(en: "religion or belief", de: "Religion oder Weltanschauung")
    /// A protected characteristic: ethnic origin or nationality.
    static let ethnicOrigin = LocalizedText(
        en: "ethnic origin or nationality", de: "ethnische Herkunft oder Nationalität")
    /// A protected characteristic: disability or health.
    static let disability = LocalizedText(en: "disability or health", de: "Behinderung oder Gesundheit")
    /// A protected characteristic: sexual orientation or gender identity.
    static let sexualIdentity = LocalizedText(
        en: "sexual orientation or gender identity", de: "sexuelle Identität")
    /// A characteristic the lint asks to replace by the observed level: native-speaker status.
    static let nativeSpeaker = LocalizedText(
        en: "native speaker status (use the observed CEFR level)",
        de: "Muttersprachlichkeit (nutzen Sie das beobachtete GER-Niveau)")
    /// A protected characteristic: appearance.
    static let appearance = LocalizedText(en: "appearance", de: "Aussehen")

    static let evidenceEntries: [(name: String, text: LocalizedText)] = [
        ("evidenceMentions", evidenceMentions("young", characteristic: age)), ("age", age),
        ("pregnancy", pregnancy), ("religion", religion), ("ethnicOrigin", ethnicOrigin), ("disability", disability),
        ("sexualIdentity", sexualIdentity), ("nativeSpeaker", nativeSpeaker), ("appearance", appearance),
    ]
}
