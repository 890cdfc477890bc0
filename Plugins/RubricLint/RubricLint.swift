import Foundation
import PackagePlugin

/// A build-tool plugin that validates the rubric files of a target at build time, so that `swift build` fails
/// with the validator's diagnostics (file:line:column, clickable in editors) when a rubric is broken.
///
/// Apply it to the target that keeps the rubrics (for example as a resource folder, `resources: [.copy("rubrics")]`):
/// `plugins: [.plugin(name: "RubricLint", package: "HireScore")]`. Its output is a small generated Swift file
/// listing the validated rubrics' ids and content hashes.
///
/// Which files are rubrics: a YAML file (`.yaml`, `.yml`) anywhere in the target's folder that declares the format
/// on a top-level line (`format: hirescore/rubric@1`), and every YAML file inside a folder named `rubrics` in the
/// target. Any other YAML (a `settings.yml`, test data) is left alone.
@main
struct RubricLint: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard target is SourceModuleTarget else { return [] }
        let rubricFiles = RubricFiles.find(in: target.directoryURL)
        guard !rubricFiles.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "ValidatedRubrics.swift")
        let tool: PluginContext.Tool
        do {
            tool = try context.tool(named: "hirescore-rubric-tool")
        } catch {
            Diagnostics.error("RubricLint cannot find the hirescore tool: \(error)")
            throw error
        }
        return [
            .buildCommand(
                displayName:
                    "Validating \(rubricFiles.count) rubric\(rubricFiles.count == 1 ? "" : "s") of \(target.name)",
                executable: tool.url,
                arguments: ["lint-build", "--output", output.path] + rubricFiles.map(\.path),
                inputFiles: rubricFiles,
                outputFiles: [output]
            )
        ]
    }
}

/// The rubric files of a folder, by the convention both plugins share (kept in step with the copy in
/// Plugins/GenerateRubricDocs: plugins cannot share code).
enum RubricFiles {
    /// The YAML files under `folder` that are rubrics: inside a folder named `rubrics`, or declaring
    /// `format: hirescore/rubric@…` on a top-level line. Sorted by path; hidden files and `.build` are skipped.
    static func find(in folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
            let relative = url.standardizedFileURL.pathComponents.dropFirst(
                folder.standardizedFileURL.pathComponents.count)
            if relative.dropLast().contains("rubrics") || declaresRubricFormat(url) {
                found.append(url.standardizedFileURL)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// Whether the file has a top-level `format: hirescore/rubric@…` line (quoted or not) in its first 64 KiB.
    static func declaresRubricFormat(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 65_536)) ?? Data()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        where line.hasPrefix("format:") {
            let value = line.dropFirst("format:".count).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if value.hasPrefix("hirescore/rubric@") { return true }
        }
        return false
    }
}
