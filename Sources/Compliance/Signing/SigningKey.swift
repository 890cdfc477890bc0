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
                message: KeyFileMessages.cannotCreateFolder(folder, reason: error.localizedDescription))
        }
        let key = Curve25519.Signing.PrivateKey()
        let text = fileHeader + "\n" + key.rawRepresentation.base64EncodedString() + "\n"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason =
                errno == EEXIST
                ? KeyFileMessages.neverOverwritten : LocalizedText(String(cString: strerror(errno)))
            throw .init(
                message: KeyFileMessages.cannotCreate(path, reason: reason))
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard fchmod(descriptor, 0o600) == 0, write(descriptor, bytes, bytes.count) == bytes.count,
            fsync(descriptor) == 0
        else {
            unlink(path)
            throw .init(
                message: KeyFileMessages.cannotWrite(path, reason: String(cString: strerror(errno))))
        }
        return SigningKey(rawPrivateKey: key.rawRepresentation, path: path)
    }

    /// Reads a private key file: refused when others may read it, when it is not a HireScore Ed25519 key
    /// file, or when the key has the wrong length; each error names the file.
    public static func load(path: String) throws(StoreLedger.LedgerError) -> SigningKey {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw .init(
                message: KeyFileMessages.cannotOpen(path, reason: String(cString: strerror(errno))))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw .init(
                message: KeyFileMessages.notRegularFile(path))
        }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw .init(
                message: KeyFileMessages.readableByOthers(path, mode: String(mode, radix: 8)))
        }
        guard case .success(let bytes) = BoundedFile.read(path, limit: 4096) else {
            throw .init(
                message: KeyFileMessages.unreadable(path))
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard lines.count == 2, lines[0] == fileHeader else {
            throw .init(
                message: KeyFileMessages.notAKeyFile(path, header: fileHeader))
        }
        guard let raw = Data(base64Encoded: lines[1]), raw.count == 32,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        else {
            throw .init(
                message: KeyFileMessages.damagedKey(path))
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

    /// Whether `signature` (`ed25519:KEYID:BASE64`) is this key's signature of `message` in `domain`; with `known`,
    /// a fact recorded there for exactly this key, signature and message stands for the check (see
    /// ``VerifiedSignatures``).
    func verifies(
        _ signature: ParsedSignature, _ domain: SignedDomain, _ message: String, known: VerifiedSignatures? = nil
    ) -> Bool {
        guard signature.keyID == id else { return false }
        let signed = Data((domain.rawValue + "\n" + message).utf8)
        guard let known else { return key?.isValidSignature(signature.bytes, for: signed) ?? false }
        return known.verifies(signature.bytes, of: signed, by: self)
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
                    message: KeyFileMessages.signatureForm))
        }
        guard let bytes = Data(base64Encoded: parts[2]) else {
            return .failure(
                .init(message: KeyFileMessages.signatureNotBase64))
        }
        guard bytes.count == 64 else {
            return .failure(
                .init(
                    message: KeyFileMessages.signatureLength(bytes.count)))
        }
        return .success(ParsedSignature(keyID: parts[0] + ":" + parts[1], bytes: bytes))
    }
}

/// Why a signature's text cannot be read.
struct SignatureFormatError: Error {
    var message: LocalizedText
}
