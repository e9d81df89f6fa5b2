import ZIPFoundation

/// Words for why a zip archive or one of its entries could not be read.
enum ZipProblem: Error {
  /// An entry bigger than one study can be.
  case entryTooLarge

  static func describe(_ error: any Error) -> String {
    if let archiveError = error as? Archive.ArchiveError {
      switch archiveError {
      case .invalidCRC32: return "checksum mismatch"
      case .invalidCompressionMethod: return "unknown compression method"
      case .missingEndOfCentralDirectoryRecord: return "no table of contents; the file may be cut off"
      case .unreadableArchive: return "cannot be read"
      case .invalidLocalHeaderDataOffset, .invalidLocalHeaderSize, .invalidEntrySize:
        return "damaged entry header"
      case .invalidCentralDirectoryOffset, .invalidCentralDirectorySize, .invalidCentralDirectoryEntryCount:
        return "damaged table of contents"
      default: return "\(archiveError)"
      }
    }
    // ZIPFoundation's decompression errors are not public; their names are all there is.
    switch "\(error)" {
    case "corruptedData", "invalidStream": return "damaged compressed data"
    case let other: return other
    }
  }
}
