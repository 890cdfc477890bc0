import Foundation
import PackagePlugin

/// A build-tool plugin that validates the rubric YAML files of a target at build time, so that
/// `swift build` fails with the validator's diagnostics (file:line:column, clickable in editors)
/// when a rubric is broken.
///
/// Apply it to a target that keeps its rubrics as resources (for example `resources: [.copy("rubrics")]`):
/// `plugins: [.plugin(name: "RubricLint", package: "HireScore")]`. Its output is a small generated
/// Swift file listing the validated rubrics' ids and content hashes.
@main
struct RubricLint: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        // Rubrics kept as a copied resource folder are not listed file by file, so look in the target's folder.
        var found = Set(sourceTarget.sourceFiles.map(\.url).filter { ["yaml", "yml"].contains($0.pathExtension) })
        if let enumerator = FileManager.default.enumerator(at: target.directoryURL, includingPropertiesForKeys: nil,
                                                           options: [.skipsHiddenFiles]) {
            for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
                found.insert(url.standardizedFileURL)
            }
        }
        let rubricFiles = found.sorted { $0.path < $1.path }
        guard !rubricFiles.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "ValidatedRubrics.swift")
        let tool: PluginContext.Tool
        do {
            tool = try context.tool(named: "hirescore")
        } catch {
            Diagnostics.error("RubricLint cannot find the hirescore tool: \(error)")
            throw error
        }
        return [
            .buildCommand(
                displayName: "Validating \(rubricFiles.count) rubric\(rubricFiles.count == 1 ? "" : "s") of \(target.name)",
                executable: tool.url,
                arguments: ["rubric", "lint-build", "--output", output.path] + rubricFiles.map(\.path),
                inputFiles: rubricFiles,
                outputFiles: [output]
            ),
        ]
    }
}
