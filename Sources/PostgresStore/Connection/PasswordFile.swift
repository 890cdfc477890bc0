import Foundation

/// libpq's password file (`~/.pgpass`): lines of `hostname:port:database:username:password`, where `*`
/// matches anything, `\:` and `\\` stand for `:` and `\`, and the first matching line wins.
package enum PasswordFile {
    /// What reading a password file found.
    package enum Contents: Sendable, Equatable {
        /// No such file.
        case missing
        /// The file may be read by others than its owner: ignored, as libpq does.
        case tooOpen
        /// The file's text.
        case contents(String)
    }

    /// Reads a password file by path.
    package typealias Reader = @Sendable (String) -> Contents

    /// Reads the file from disk, refusing one that its group or others may read.
    package static let readFromDisk: Reader = { path in
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            let data = FileManager.default.contents(atPath: path)
        else { return .missing }
        if status.st_mode & 0o077 != 0 { return .tooOpen }
        return .contents(String(decoding: data, as: UTF8.self))
    }

    /// The password of the first line that matches; a socket connection matches `localhost`, as in libpq.
    package static func lookup(
        in text: String, host: PostgresConnectionSettings.Host, port: Int, database: String, user: String
    ) -> String? {
        let hostName: String
        switch host {
        case .socket: hostName = "localhost"
        case .tcp(let name): hostName = name
        }
        let wanted = [hostName, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Splits a line at unescaped colons, removing the escapes.
    static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
