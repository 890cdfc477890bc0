import ScoringCore

/// What is said about signing key files and signature texts: creating and reading a key, and a signature that is not
/// in HireScore's form. `reason` arguments are the system's own words (strerror), shown as they are.
enum KeyFileMessages: MessageCatalogue {
    /// The key folder cannot be created.
    static func cannotCreateFolder(_ folder: String, reason: String) -> LocalizedText {
        .init(en: "cannot create \(folder): \(reason)", de: "\(folder) kann nicht angelegt werden: \(reason)")
    }

    /// Why a key file is not created over an existing one.
    static let neverOverwritten = LocalizedText(
        en: "it already exists; a key is never overwritten",
        de: "sie existiert bereits; ein Schlüssel wird nie überschrieben")

    /// The key file cannot be created, with why (in both languages, or the system's words).
    static func cannotCreate(_ path: String, reason: LocalizedText) -> LocalizedText {
        .init(
            en: "cannot create the key file \(path): \(reason.text(in: .en))",
            de: "die Schlüsseldatei \(path) kann nicht angelegt werden: \(reason.text(in: .de))")
    }

    /// The new key file cannot be written.
    static func cannotWrite(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot write the key file \(path): \(reason)",
            de: "die Schlüsseldatei \(path) kann nicht geschrieben werden: \(reason)")
    }

    /// The key file cannot be opened, with how to create one.
    static func cannotOpen(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot read the key file \(path): \(reason); create one with 'hirescore keys init'",
            de:
                "die Schlüsseldatei \(path) kann nicht gelesen werden: \(reason); legen Sie eine mit 'hirescore keys init' an"
        )
    }

    /// The key file is a folder, a device or a link target that is no regular file.
    static func notRegularFile(_ path: String) -> LocalizedText {
        .init(
            en: "the key file \(path) is not a regular file",
            de: "die Schlüsseldatei \(path) ist keine gewöhnliche Datei")
    }

    /// The key file may be read by others (its octal mode shown), with the command that fixes it.
    static func readableByOthers(_ path: String, mode: String) -> LocalizedText {
        .init(
            en:
                "the key file \(path) may be read by others (mode \(mode)); a private key must be readable by its owner only: chmod 600 \(path)",
            de:
                "die Schlüsseldatei \(path) ist für andere lesbar (Modus \(mode)); ein privater Schlüssel darf nur für seine Besitzer*in lesbar sein: chmod 600 \(path)"
        )
    }

    /// The key file's content cannot be read.
    static func unreadable(_ path: String) -> LocalizedText {
        .init(
            en: "cannot read the key file \(path) (missing, unreadable or larger than 4 KB)",
            de: "die Schlüsseldatei \(path) kann nicht gelesen werden (fehlt, nicht lesbar oder größer als 4 KB)")
    }

    /// The file does not start with HireScore's key header.
    static func notAKeyFile(_ path: String, header: String) -> LocalizedText {
        .init(
            en:
                "\(path) is not a HireScore Ed25519 key file (it must start with '\(header)'); create one with 'hirescore keys init'",
            de:
                "\(path) ist keine Ed25519-Schlüsseldatei von HireScore (sie muss mit '\(header)' beginnen); legen Sie eine mit 'hirescore keys init' an"
        )
    }

    /// The key in the file is not 32 bytes of Base64.
    static func damagedKey(_ path: String) -> LocalizedText {
        .init(
            en: "\(path): the key is damaged (an Ed25519 private key is 32 bytes in Base64)",
            de: "\(path): der Schlüssel ist beschädigt (ein privater Ed25519-Schlüssel umfasst 32 Byte in Base64)")
    }

    /// A signature text not of the form `ed25519:KEYID:BASE64`.
    static let signatureForm = LocalizedText(
        en: "the signature is not 'ed25519:KEYID:BASE64'",
        de: "die Signatur hat nicht die Form 'ed25519:KEYID:BASE64'")

    /// A signature whose last part is not Base64.
    static let signatureNotBase64 = LocalizedText(
        en: "the signature is not Base64", de: "die Signatur ist kein Base64")

    /// A signature of the wrong length.
    static func signatureLength(_ count: Int) -> LocalizedText {
        .init(
            en: "the signature has \(count) bytes; an Ed25519 signature has 64",
            de: "die Signatur hat \(count) Byte; eine Ed25519-Signatur hat 64")
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("cannotCreateFolder", cannotCreateFolder("keys", reason: "Permission denied")),
        ("neverOverwritten", neverOverwritten), ("cannotCreate", cannotCreate("k.key", reason: neverOverwritten)),
        ("cannotWrite", cannotWrite("k.key", reason: "No space left on device")),
        ("cannotOpen", cannotOpen("k.key", reason: "No such file or directory")),
        ("notRegularFile", notRegularFile("k.key")), ("readableByOthers", readableByOthers("k.key", mode: "644")),
        ("unreadable", unreadable("k.key")),
        ("notAKeyFile", notAKeyFile("k.key", header: "hirescore-signing-key@1 ed25519")),
        ("damagedKey", damagedKey("k.key")), ("signatureForm", signatureForm),
        ("signatureNotBase64", signatureNotBase64), ("signatureLength", signatureLength(63)),
    ]
}
