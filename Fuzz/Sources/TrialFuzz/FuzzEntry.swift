import Foundation
import TrialCore

/// libFuzzer calls this once per input. The input is one document as a file would hold it.
/// Anything that traps here — in the reader, a parser, enrichment, merging, the JSON round trip
/// or printing — is a crash that libFuzzer reports and minimises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let data = Data(bytes: start, count: count)
  var trials = DocumentCheck.readAsFile(data)
  trials += DocumentCheck.parseWithEveryLayout(TextDecoder.decode(data))
  let merged = OutputCheck.merged(trials)
  for trial in trials + merged { RoundTripCheck.require(trial) }
  // The commands refuse widths under 20.
  OutputCheck.print(merged, width: 20 + count % 181)
  return 0
}
