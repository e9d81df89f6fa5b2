import Foundation
import PackagePlugin

/// Turns every file in the package's `seeds/` folder into Swift source, so the built binary
/// carries the seed documents and never reads the source tree at run time.
@main
struct EmbedSeedsPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let seedsDirectory = context.package.directoryURL.appending(path: "seeds")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
    let inputs = names.filter { !$0.hasPrefix(".") }.sorted().map {
      seedsDirectory.appending(path: $0)
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSeeds.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) seed documents",
        executable: try context.tool(named: "SeedEmbedder").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
