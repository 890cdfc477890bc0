import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore cache`: show or clear the user's cache folder (``UserCache``).
    struct Cache: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "cache",
                abstract: CacheCommandHelp.cacheAbstract.helpText,
                discussion: CacheCommandHelp.cacheDiscussion.helpText,
                subcommands: [Show.self, Clear.self])
        }

        /// The user's cache, or the failure to name when there is none.
        static func userCache(_ language: Language) throws -> UserCache {
            guard let cache = UserCache.standard() else {
                throw CommandFailure(CacheCommandMessages.noCacheFolder, language: language)
            }
            return cache
        }

        struct Show: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "show",
                    abstract: CacheCommandHelp.showAbstract.helpText,
                    discussion: CacheCommandHelp.showDiscussion.helpText)
            }
            @OptionGroup var options: GlobalOptions

            func run() throws {
                let language = options.language
                let cache = try Cache.userCache(language)
                let summary = cache.summary()
                var rows: [[String]] = []
                for (kind, files, bytes, lastUsed) in summary {
                    let used = CalendarDate.localDay(of: Date(timeIntervalSince1970: TimeInterval(lastUsed)))
                    let marked = kind?.holdsApplicantData == true ? " *" : ""
                    rows.append([
                        CacheCommandMessages.kind(kind).text(in: language) + marked, "\(files)",
                        CommandMessages.size(Int(bytes), language: language), used.description,
                    ])
                }
                var out = CacheCommandMessages.folder(cache.folder).text(in: language) + "\n"
                if rows.isEmpty {
                    out += CacheCommandMessages.empty.text(in: language) + "\n"
                } else {
                    let header = CacheCommandMessages.header.map { $0.text(in: language) }
                    out += TextTable.render(header: header, rows: rows)
                }
                if summary.contains(where: { $0.kind?.holdsApplicantData == true }) {
                    out += "* " + CacheCommandMessages.applicantData.text(in: language) + "\n"
                }
                Terminal.standardOutput.write(out)
            }
        }

        struct Clear: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "clear",
                    abstract: CacheCommandHelp.clearAbstract.helpText,
                    discussion: CacheCommandHelp.clearDiscussion.helpText)
            }
            @OptionGroup var options: GlobalOptions
            @Flag(help: ArgumentHelp(CacheCommandHelp.applicantData)) var applicantData = false

            func run() throws {
                let language = options.language
                let cache = try Cache.userCache(language)
                let removal = applicantData ? cache.removePersonalData() : cache.removeAll()
                Terminal.standardOutput.write(
                    CacheCommandMessages.removed(removal.files, bytes: removal.bytes, folder: cache.folder)
                        .text(in: language) + "\n")
            }
        }
    }
}
