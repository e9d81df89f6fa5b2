import Foundation

/// One input file, opened so that reading it can neither hang nor be fooled by a swap: the
/// descriptor is opened non-blocking (a named pipe with no writer would otherwise block the open
/// forever) and its type and size are taken from the open descriptor, so what is judged is what
/// is read even when the path changes in between.
struct InputFile {
  /// The open file; closed when the last copy of this value goes.
  let handle: FileHandle
  /// Its size when it was opened (it may still change while it is read).
  let size: Int

  /// Opens `path`, or says in a few words why it cannot be read.
  static func open(_ path: String) -> Result<InputFile, Diagnostic> {
    let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(Diagnostic(path: path, reason: openFailure(errno)))
    }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let reason = "cannot be read (\(describe(errno)))"
      Foundation.close(descriptor)
      return .failure(Diagnostic(path: path, reason: reason))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      Foundation.close(descriptor)
      return .failure(Diagnostic(path: path, reason: "not a regular file (\(kind(info.st_mode))); skipped"))
    }
    return .success(
      InputFile(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true), size: Int(info.st_size)))
  }

  /// Up to `count` bytes from the current position; fewer at the end of the file.
  func read(upTo count: Int) throws -> Data {
    var data = Data()
    while data.count < count {
      guard let chunk = try handle.read(upToCount: min(count - data.count, 8 << 20)), !chunk.isEmpty else { break }
      data.append(chunk)
    }
    return data
  }

  private static func openFailure(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file or directory"
    case EACCES, EPERM: "cannot be read (permission denied)"
    case ELOOP: "cannot be read (a loop of symbolic links)"
    default: "cannot be read (\(describe(code)))"
    }
  }

  private static func describe(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }

  /// What a file that is not a regular file is, in words.
  static func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: "a named pipe"
    case S_IFSOCK: "a socket"
    case S_IFCHR: "a character device"
    case S_IFBLK: "a block device"
    case S_IFDIR: "a directory"
    default: "an unknown kind of file"
    }
  }
}
