import Foundation

/// Runs the built binary as a child of its own and reads the child's own peak memory from
/// `wait4`, which `Process` does not expose.
struct MeasuredRun {
  /// Exit status (128 + signal when a signal ended it).
  var status: Int32
  /// What it wrote on stderr.
  var stderr: String
  /// What it wrote on stdout.
  var stdout: String
  /// Peak resident memory in megabytes.
  var peakMegabytes: Double
  /// Wall-clock seconds.
  var seconds: Double

  /// Runs `livertrials arguments` in `directory`, stdin from /dev/null.
  static func run(_ arguments: [String], in directory: URL) throws -> MeasuredRun {
    let out = directory.appending(path: ".stdout-\(UUID().uuidString)")
    let err = directory.appending(path: ".stderr-\(UUID().uuidString)")
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    // The shell changes directory and execs the binary in its own process, so `wait4` measures
    // the binary alone.
    let argv =
      (["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, CommandRunner.binary.path] + arguments)
      .map { strdup($0) } + [nil]
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appending(path: "livertrials-e2e-empty").path
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let start = Date()
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let signal = status & 0x7F
    return MeasuredRun(
      status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
      peakMegabytes: Double(usage.ru_maxrss) / 1024,  // Linux reports kilobytes
      seconds: Date().timeIntervalSince(start))
  }
}
