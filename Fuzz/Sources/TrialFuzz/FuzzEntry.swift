import Foundation
import TrialCore

/// libFuzzer calls this once per input. The input is one document as a file would hold it.
/// Anything that traps here — in the reader, a parser, enrichment or the JSON round trip — is a
/// crash that libFuzzer reports and minimises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let data = Data(bytes: start, count: count)
  var trials = DocumentCheck.readAsFile(data)
  trials += DocumentCheck.parseWithEveryLayout(TextDecoder.decode(data))
  for trial in trials { RoundTripCheck.require(trial) }
  return 0
}
