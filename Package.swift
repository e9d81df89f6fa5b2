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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
  ],
  targets: [
    .executableTarget(name: "SeedEmbedder", path: "Sources/SeedEmbedder"),
    .plugin(
      name: "EmbedSeeds",
      capability: .buildTool(),
      dependencies: ["SeedEmbedder"],
      path: "Plugins/EmbedSeeds"
    ),
    .systemLibrary(
      name: "CSQLite",
      path: "Sources/CSQLite",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
    .systemLibrary(
      name: "CNcursesw",
      path: "Sources/CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(
      name: "TrialCore",
      dependencies: ["CSQLite", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      path: "Sources/TrialCore",
      plugins: ["EmbedSeeds"]
    ),
    .target(
      name: "TrialTUI",
      dependencies: ["TrialCore", "CNcursesw"],
      path: "Sources/TrialTUI"
    ),
    .executableTarget(
      name: "livertrials",
      dependencies: [
        "TrialCore",
        "TrialTUI",
        "CMalloc",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/livertrials"
    ),
    .testTarget(
      name: "TrialCoreTests",
      dependencies: ["TrialCore", .product(name: "SwiftCSV", package: "SwiftCSV")],
      path: "Tests/TrialCoreTests",
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(
      name: "TrialTUITests",
      dependencies: ["TrialTUI", "TrialCore"],
      path: "Tests/TrialTUITests",
      exclude: ["Goldens"]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["livertrials"],
      path: "Tests/EndToEndTests"
    ),
  ]
)
