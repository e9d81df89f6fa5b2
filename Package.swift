// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "livertrials",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "livertrials", targets: ["livertrials"]),
    .library(name: "TrialCore", targets: ["TrialCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .executableTarget(name: "SeedEmbedder", path: "Sources/SeedEmbedder"),
    .plugin(
      name: "EmbedSeeds",
      capability: .buildTool(),
      dependencies: ["SeedEmbedder"],
      path: "Plugins/EmbedSeeds"
    ),
    .target(
      name: "TrialCore",
      path: "Sources/TrialCore",
      plugins: ["EmbedSeeds"]
    ),
    .executableTarget(
      name: "livertrials",
      dependencies: [
        "TrialCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/livertrials"
    ),
    .testTarget(
      name: "TrialCoreTests",
      dependencies: ["TrialCore"],
      path: "Tests/TrialCoreTests",
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["livertrials"],
      path: "Tests/EndToEndTests"
    ),
  ]
)
