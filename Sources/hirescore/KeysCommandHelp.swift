import ScoringCore

/// The help of `hirescore keys`, `hirescore keys init`, `hirescore keys show`, `hirescore keys register`, `hirescore
/// keys revoke`, `hirescore keys list`, `hirescore keys countersign`, in both languages: the abstracts, discussions and
/// help of each option and argument, which ArgumentParser shows in ``HelpLanguage/current``.
enum KeysCommandHelp: MessageCatalogue {
    /// `hirescore keys`: the one-line summary.
    static let keysAbstract = LocalizedText(
        en:
            "Create your signing key, register or revoke a person's public key in the store's key list, list the keys, counter-sign old scorecards.",
        de:
            "Erstellt Ihren Signaturschlüssel, registriert oder widerruft den öffentlichen Schlüssel einer Person in der Schlüsselliste der Ablage, listet die Schlüssel auf, gegenzeichnet alte Bewertungsbögen."
    )

    /// `hirescore keys`: the discussion, with examples.
    static let keysDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore keys init
              hirescore keys list --store scorecards
            """,
        de: """
            BEISPIELE:
              hirescore keys init
              hirescore keys list --store scorecards
            """)

    /// `hirescore keys init`: the one-line summary.
    static let initAbstract = LocalizedText(
        en:
            "Create your Ed25519 signing key in $XDG_CONFIG_HOME/hirescore/signing-key (else ~/.config/hirescore/signing-key, or $HIRESCORE_KEY), readable by you only; prints the public key for HR to register.",
        de:
            "Erstellt Ihren Ed25519-Signaturschlüssel in $XDG_CONFIG_HOME/hirescore/signing-key (sonst ~/.config/hirescore/signing-key oder $HIRESCORE_KEY), nur für Sie lesbar; gibt den öffentlichen Schlüssel aus, den die Personalabteilung registriert."
    )

    /// `hirescore keys init`: the discussion, with examples.
    static let initDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore keys init
            """,
        de: """
            BEISPIELE:
              hirescore keys init
            """)

    /// `hirescore keys show`: the one-line summary.
    static let showAbstract = LocalizedText(
        en: "Print your public key and its id (never the private key).",
        de: "Gibt Ihren öffentlichen Schlüssel und seine ID aus (nie den privaten Schlüssel).")

    /// `hirescore keys show`: the discussion, with examples.
    static let showDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore keys show
            """,
        de: """
            BEISPIELE:
              hirescore keys show
            """)

    /// `hirescore keys register`: the one-line summary.
    static let registerAbstract = LocalizedText(
        en:
            "HR: add a person's public key to the store's key list (an audit event signed with your key; the store's first key is HR's own).",
        de:
            "Personalabteilung: trägt den öffentlichen Schlüssel einer Person in die Schlüsselliste der Ablage ein (ein Ereignis im Prüfprotokoll, mit Ihrem Schlüssel signiert; der erste Schlüssel der Ablage ist der der Personalabteilung selbst)."
    )

    /// `hirescore keys register`: the discussion, with examples.
    static let registerDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore keys register ed25519:PUBLIC-KEY --name "Anna Schmidt" \\
                  --role interviewer --store scorecards
            """,
        de: """
            BEISPIELE:
              hirescore keys register ed25519:PUBLIC-KEY --name "Anna Schmidt" \\
                  --role interviewer --store scorecards
            """)

    /// The help of the `<public-key>` argument in `hirescore keys register`.
    static let registerPublicKey = LocalizedText(
        en: "The public key as 'hirescore keys init' printed it (ed25519:...).",
        de: "Der öffentliche Schlüssel, wie 'hirescore keys init' ihn ausgegeben hat (ed25519:...).")

    /// The help of the `--name` option in `hirescore keys register`.
    static let registerName = LocalizedText(
        en:
            "The person's name, exactly as they act in the store (the interviewer name on their scorecards, --actor for HR).",
        de:
            "Der Name der Person, genau wie sie in der Ablage handelt (der Name der Interviewerin oder des Interviewers auf den eigenen Bögen, --actor für die Personalabteilung)."
    )

    /// The help of the `--role` option in `hirescore keys register`.
    static let registerRole = LocalizedText(
        en: "interviewer or hr.",
        de: "interviewer oder hr.")

    /// `hirescore keys revoke`: the one-line summary.
    static let revokeAbstract = LocalizedText(
        en: "HR: revoke a key (an audit event); what it signed before stays valid, nothing after.",
        de:
            "Personalabteilung: widerruft einen Schlüssel (ein Ereignis im Prüfprotokoll); was er vorher signiert hat, bleibt gültig, nichts danach."
    )

    /// `hirescore keys revoke`: the discussion, with examples.
    static let revokeDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore keys revoke ed25519:KEY-ID --reason "laptop lost" --store scorecards
            """,
        de: """
            BEISPIELE:
              hirescore keys revoke ed25519:KEY-ID --reason "Laptop verloren" --store scorecards
            """)

    /// The help of the `<key-id>` argument in `hirescore keys revoke`.
    static let revokeKeyID = LocalizedText(
        en: "The key id (ed25519:...), as 'hirescore keys list' shows it.",
        de: "Die Schlüssel-ID (ed25519:...), wie 'hirescore keys list' sie zeigt.")

    /// The help of the `--reason` option in `hirescore keys revoke`.
    static let revokeReason = LocalizedText(
        en: "Why (a lost laptop, a person leaving).",
        de: "Warum (ein verlorener Laptop, eine Person verlässt das Unternehmen).")

    /// `hirescore keys list`: the one-line summary.
    static let listAbstract = LocalizedText(
        en: "List the store's key list as the audit log records it.",
        de: "Listet die Schlüsselliste der Ablage auf, wie das Prüfprotokoll sie verzeichnet.")

    /// `hirescore keys list`: the discussion, with examples.
    static let listDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore keys list --store scorecards
            """,
        de: """
            BEISPIELE:
              hirescore keys list --store scorecards
            """)

    /// `hirescore keys countersign`: the one-line summary.
    static let countersignAbstract = LocalizedText(
        en:
            "Migrate an old store: sign your own sealed scorecards that were submitted before signatures (each logged as a countersign event).",
        de:
            "Migriert eine alte Ablage: signiert Ihre eigenen versiegelten Bewertungsbögen, die vor der Einführung der Signaturen abgegeben wurden (jeder als Gegenzeichnungs-Ereignis protokolliert)."
    )

    /// `hirescore keys countersign`: the discussion, with examples.
    static let countersignDiscussion = LocalizedText(
        en: """
            On a PostgreSQL store the signatures and their events are one transaction, and the database lets only a \
            card's own interviewer sign it, once.

            EXAMPLES:
              hirescore keys countersign --store scorecards
              hirescore keys countersign --store postgresql://anna@db.example.org/hiring
            """,
        de: """
            In einer PostgreSQL-Ablage sind die Signaturen und ihre Ereignisse eine Transaktion, und die Datenbank \
            lässt einen Bogen nur von seiner Interviewerin oder seinem Interviewer signieren, und nur einmal.

            BEISPIELE:
              hirescore keys countersign --store scorecards
              hirescore keys countersign --store postgresql://anna@db.example.org/hiring
            """)

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("keysAbstract", keysAbstract),
        ("keysDiscussion", keysDiscussion),
        ("initAbstract", initAbstract),
        ("initDiscussion", initDiscussion),
        ("showAbstract", showAbstract),
        ("showDiscussion", showDiscussion),
        ("registerAbstract", registerAbstract),
        ("registerDiscussion", registerDiscussion),
        ("registerPublicKey", registerPublicKey),
        ("registerName", registerName),
        ("registerRole", registerRole),
        ("revokeAbstract", revokeAbstract),
        ("revokeDiscussion", revokeDiscussion),
        ("revokeKeyID", revokeKeyID),
        ("revokeReason", revokeReason),
        ("listAbstract", listAbstract),
        ("listDiscussion", listDiscussion),
        ("countersignAbstract", countersignAbstract),
        ("countersignDiscussion", countersignDiscussion),
    ]
}
