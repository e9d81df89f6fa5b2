import Foundation

/// The seed documents compiled into the binary (see the EmbedSeeds plugin), so livertrials
/// opens them from any directory.
public enum BundledSeeds {
  /// Each seed's name and exact bytes, sorted by name.
  public static var documents: [(name: String, data: Data)] {
    encoded.compactMap { name, base64 in Data(base64Encoded: base64).map { (name, $0) } }
  }
}
