// swift-tools-version:5.4
// 5.4, not later: from 5.5 on SwiftPM renames an executable's `main` and points `main` at it
// with `--defsym`, which collides with the `main` that libFuzzer links in.
import PackageDescription

// The libFuzzer target lives in its own package so that `swift build` and `swift test` at the
// root never see fuzzer flags. Build it with `Fuzz/run`, which adds the sanitizer flags for
// every module (coverage for TrialCore); only this executable links libFuzzer itself, so the
// root package's build tool (SeedEmbedder) keeps its own `main`.
let package = Package(
  name: "livertrials-fuzz",
  dependencies: [
    .package(name: "livertrials", path: "..")
  ],
  targets: [
    .executableTarget(
      name: "TrialFuzz",
      dependencies: [.product(name: "TrialCore", package: "livertrials")],
      path: "Sources/TrialFuzz",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])],
      linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
    )
  ]
)
