import Crypto
import Foundation
import ScoringCore

/// A person's Ed25519 signing key (swift-crypto's `Curve25519.Signing`), read from their private key file.
///
/// The private key lives in the user's configuration folder (`$XDG_CONFIG_HOME/hirescore/signing-key`, else
/// `~/.config/hirescore/signing-key`; `$HIRESCORE_KEY` names another file), readable by its owner only. It
/// never appears in output, logs or exports: only the public key and its id do.
///
/// ```swift
/// let key = try SigningKey.load(path: SigningKey.defaultPath())
/// let signature = key.sign(card: "sha256:…")
/// ```
public struct SigningKey: Sendable {
    /// The file's first line.
    static let fileHeader = "hirescore-signing-key@1 ed25519"
    /// The raw private key (kept as bytes: swift-crypto's key types are not `Sendable`).
    let rawPrivateKey: Data
    var privateKey: Curve25519.Signing.PrivateKey {
        // The bytes were checked when read or made, so this cannot fail; a fresh key stands in regardless.
        (try? Curve25519.Signing.PrivateKey(rawRepresentation: rawPrivateKey)) ?? Curve25519.Signing.PrivateKey()
    }
    /// Where it was read from.
    public let path: String

    /// The public key as written in the key list (`ed25519:` and the raw key in Base64).
    public var publicKeyText: String { PublicKey(privateKey.publicKey).text }
    /// The public key's id (`ed25519:` and 16 hex digits of its SHA-256).
    public var keyID: String { PublicKey(privateKey.publicKey).id }

    /// The private key file a command uses: `$HIRESCORE_KEY`, else `signing-key` in the configuration folder.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["HIRESCORE_KEY"], !explicit.isEmpty { return explicit }
        let folder: String
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            folder = config + "/hirescore"
        } else {
            folder = (environment["HOME"] ?? NSHomeDirectory()) + "/.config/hirescore"
        }
        return folder + "/signing-key"
    }

    /// Creates a new key pair and writes the private key to `path` (mode 0600, folder 0700); an existing
    /// file is never overwritten.
    public static func create(path: String) throws(StoreLedger.LedgerError) -> SigningKey {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .init(
                message: .init(
                    en: "cannot create \(folder): \(error.localizedDescription)",
                    de: "\(folder) kann nicht angelegt werden: \(error.localizedDescription)"))
        }
        let key = Curve25519.Signing.PrivateKey()
        let text = fileHeader + "\n" + key.rawRepresentation.base64EncodedString() + "\n"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason =
                errno == EEXIST
                ? LocalizedText(
                    en: "it already exists; a key is never overwritten",
                    de: "sie existiert bereits; ein Schlüssel wird nie überschrieben")
                : LocalizedText(en: String(cString: strerror(errno)), de: String(cString: strerror(errno)))
            throw .init(
                message: .init(
                    en: "cannot create the key file \(path): \(reason.text(in: .en))",
                    de: "die Schlüsseldatei \(path) kann nicht angelegt werden: \(reason.text(in: .de))"))
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard fchmod(descriptor, 0o600) == 0, write(descriptor, bytes, bytes.count) == bytes.count,
            fsync(descriptor) == 0
        else {
            unlink(path)
            throw .init(
                message: .init(
                    en: "cannot write the key file \(path): \(String(cString: strerror(errno)))",
                    de: "die Schlüsseldatei \(path) kann nicht geschrieben werden: \(String(cString: strerror(errno)))")
            )
        }
        return SigningKey(rawPrivateKey: key.rawRepresentation, path: path)
    }

    /// Reads a private key file: refused when others may read it, when it is not a HireScore Ed25519 key
    /// file, or when the key has the wrong length; each error names the file.
    public static func load(path: String) throws(StoreLedger.LedgerError) -> SigningKey {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw .init(
                message: .init(
                    en:
                        "cannot read the key file \(path): \(String(cString: strerror(errno))); create one with 'hirescore keys init'",
                    de:
                        "die Schlüsseldatei \(path) kann nicht gelesen werden: \(String(cString: strerror(errno))); legen Sie eine mit 'hirescore keys init' an"
                ))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .init(
                message: .init(
                    en: "the key file \(path) is not a regular file",
                    de: "die Schlüsseldatei \(path) ist keine gewöhnliche Datei"))
        }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw .init(
                message: .init(
                    en:
                        "the key file \(path) may be read by others (mode \(String(mode, radix: 8))); a private key must be readable by its owner only: chmod 600 \(path)",
                    de:
                        "die Schlüsseldatei \(path) ist für andere lesbar (Modus \(String(mode, radix: 8))); ein privater Schlüssel darf nur für seine Besitzer*in lesbar sein: chmod 600 \(path)"
                ))
        }
        guard case .success(let bytes) = BoundedFile.read(path, limit: 4096) else {
            throw .init(
                message: .init(
                    en: "cannot read the key file \(path) (missing, unreadable or larger than 4 KB)",
                    de:
                        "die Schlüsseldatei \(path) kann nicht gelesen werden (fehlt, nicht lesbar oder größer als 4 KB)"
                ))
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard lines.count == 2, lines[0] == fileHeader else {
            throw .init(
                message: .init(
                    en:
                        "\(path) is not a HireScore Ed25519 key file (it must start with '\(fileHeader)'); create one with 'hirescore keys init'",
                    de:
                        "\(path) ist keine Ed25519-Schlüsseldatei von HireScore (sie muss mit '\(fileHeader)' beginnen); legen Sie eine mit 'hirescore keys init' an"
                ))
        }
        guard let raw = Data(base64Encoded: lines[1]), raw.count == 32,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        else {
            throw .init(
                message: .init(
                    en: "\(path): the key is damaged (an Ed25519 private key is 32 bytes in Base64)",
                    de:
                        "\(path): der Schlüssel ist beschädigt (ein privater Ed25519-Schlüssel umfasst 32 Byte in Base64)"
                ))
        }
        return SigningKey(rawPrivateKey: key.rawRepresentation, path: path)
    }

    /// Loads the default key when its file exists; nil when there is none.
    public static func loadIfPresent(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(StoreLedger.LedgerError) -> SigningKey?
    {
        let path = defaultPath(environment: environment)
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return try load(path: path)
    }

    /// A key that lives only in memory, for synthetic stores signed with throwaway keys.
    package static func throwaway() -> SigningKey {
        SigningKey(rawPrivateKey: Curve25519.Signing.PrivateKey().rawRepresentation, path: "(memory)")
    }

    /// A signature of `message` under a domain (so a card signature can never pass as an event signature),
    /// as `ed25519:KEYID:BASE64`.
    package func signature(_ domain: SignedDomain, _ message: String) -> String {
        let signed = (try? privateKey.signature(for: Data((domain.rawValue + "\n" + message).utf8))) ?? Data()
        return keyID + ":" + signed.base64EncodedString()
    }

    /// Signs a scorecard's seal.
    public func sign(card seal: String) -> String { signature(.card, seal) }
}

/// What a signature is for; part of the signed bytes.
package enum SignedDomain: String {
    case card = "hirescore-card@2"
    case event = "hirescore-event@2"
    case checkpoint = "hirescore-checkpoint@1"
}

/// An Ed25519 public key as the key list holds it.
public struct PublicKey: Sendable, Hashable {
    /// The raw 32 bytes (swift-crypto's key types are not `Sendable`).
    let raw: Data
    var key: Curve25519.Signing.PublicKey? { try? Curve25519.Signing.PublicKey(rawRepresentation: raw) }

    init(_ key: Curve25519.Signing.PublicKey) { raw = key.rawRepresentation }

    /// Reads `ed25519:BASE64`; nil for anything else (another key type, a wrong length).
    public init?(text: String) {
        guard text.hasPrefix("ed25519:"), let raw = Data(base64Encoded: String(text.dropFirst(8))), raw.count == 32,
            (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil
        else { return nil }
        self.raw = raw
    }

    /// `ed25519:` and the raw key in Base64.
    public var text: String { "ed25519:" + raw.base64EncodedString() }
    /// `ed25519:` and the first 16 hex digits of the key's SHA-256.
    public var id: String { "ed25519:" + String(ContentDigest.hexDigest(raw).prefix(16)) }

    /// Whether `signature` (`ed25519:KEYID:BASE64`) is this key's signature of `message` in `domain`.
    func verifies(_ signature: ParsedSignature, _ domain: SignedDomain, _ message: String) -> Bool {
        signature.keyID == id
            && (key?.isValidSignature(signature.bytes, for: Data((domain.rawValue + "\n" + message).utf8)) ?? false)
    }
}

/// A signature as written in a scorecard, an audit line or a checkpoint: `ed25519:KEYID:BASE64`.
struct ParsedSignature {
    var keyID: String
    var bytes: Data

    /// Parses the text; a problem says what is wrong (for the caller to name the file or line).
    static func parse(_ text: String) -> Result<ParsedSignature, SignatureFormatError> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[0] == "ed25519" else {
            return .failure(
                .init(
                    message: .init(
                        en: "the signature is not 'ed25519:KEYID:BASE64'",
                        de: "die Signatur hat nicht die Form 'ed25519:KEYID:BASE64'")))
        }
        guard let bytes = Data(base64Encoded: parts[2]) else {
            return .failure(
                .init(message: .init(en: "the signature is not Base64", de: "die Signatur ist kein Base64")))
        }
        guard bytes.count == 64 else {
            return .failure(
                .init(
                    message: .init(
                        en: "the signature has \(bytes.count) bytes; an Ed25519 signature has 64",
                        de: "die Signatur hat \(bytes.count) Byte; eine Ed25519-Signatur hat 64")))
        }
        return .success(ParsedSignature(keyID: parts[0] + ":" + parts[1], bytes: bytes))
    }
}

/// Why a signature's text cannot be read.
struct SignatureFormatError: Error {
    var message: LocalizedText
}
