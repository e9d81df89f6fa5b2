import Foundation

/// The lines of a benchmark run: each figure with its peer and the ratio.
struct BenchReport {
  let corpus: String
  var lines: [String] = []

  init(corpus: String) {
    self.corpus = corpus
  }

  mutating func section(_ title: String) {
    lines.append("")
    lines.append(title)
  }

  mutating func line(_ text: String) {
    lines.append("  " + text)
  }

  var text: String {
    (["livertrials bench — \(corpus)"] + lines).joined(separator: "\n")
  }

  static func seconds(_ value: Double) -> String {
    value >= 1
      ? String(format: "%.2f s", value)
      : value >= 0.001
        ? String(format: "%.2f ms", value * 1000)
        : String(format: "%.1f µs", value * 1_000_000)
  }
}

/// Wall-clock timing and process memory.
enum Clock {
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
}

enum ProcessMemory {
  /// Resident set size from /proc/self/status (Linux), else the peak from getrusage.
  static func residentBytes() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
      let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
    {
      return kilobytes * 1024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
  }
}

/// Runs another program and returns its standard output and wall time.
enum Subprocess {
  static func run(
    _ executable: String, _ arguments: [String], stdout: FileHandle? = nil
  ) throws -> (output: String, seconds: Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = stdout ?? pipe
    process.standardError = FileHandle.standardError
    let (_, seconds) = try Clock.time {
      try process.run()
      process.waitUntilExit()
    }
    let data = stdout == nil ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
    return (String(decoding: data, as: UTF8.self), seconds)
  }

  /// The full path of a program on PATH, if any.
  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
