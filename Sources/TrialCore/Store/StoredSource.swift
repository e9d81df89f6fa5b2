import Foundation

/// A source document as the library keeps it: its kind and bytes.
struct StoredSource {
  /// `study-json`, `text` or `record` (a record kept as read, when its bytes could not be).
  let kind: String
  let raw: Data
  let path: String

  init(kind: String, raw: Data, path: String) {
    self.kind = kind
    self.raw = raw
    self.path = path
  }

  /// The kind and bytes for what a reader found.
  init(_ found: SourceRecord, encoder: (Trial) throws -> Data) throws {
    path = found.trial.source.path
    switch found.raw {
    case .studyJSON(let data):
      kind = "study-json"
      raw = data
    case .text(let text):
      kind = "text"
      raw = Data(text.utf8)
    case nil:
      kind = "record"
      raw = try encoder(found.trial)
    }
  }

  /// Reads the document again to `depth`.
  func trial(depth: ReadDepth, decoder: JSONDecoder) throws -> Trial {
    switch kind {
    case "study-json": return try TrialReader.read(studyJSON: raw, source: path, depth: depth)
    case "text": return try TrialReader.read(String(decoding: raw, as: UTF8.self), source: path)
    default: return try decoder.decode(Trial.self, from: raw)
    }
  }
}
