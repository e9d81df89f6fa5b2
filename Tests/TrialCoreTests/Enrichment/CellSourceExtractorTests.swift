import Testing

@testable import TrialCore

@Suite struct CellSourceExtractorTests {
  private func cells(_ text: String) -> [CellSource] {
    CellSourceExtractor.find(in: [EvidenceSource(location: "summary", text: text, armIndex: nil)]).map(\.source)
  }

  private func origin(_ text: String) -> CellOrigin? {
    let sources = [EvidenceSource(location: "summary", text: text, armIndex: nil)]
    return CellSourceExtractor.origin(in: sources, cells: CellSourceExtractor.find(in: sources)).origin
  }

  @Test(arguments: [
    ("autologous bone marrow mesenchymal stem cells transplantation", CellSource.boneMarrowMSC),
    ("autologous bone marrow msenchymal stem cells transplantation", .boneMarrowMSC),
    ("human umbilical cord mesenchymal stem cell transfusion", .umbilicalCordMSC),
    ("hUC-MSC infusion", .umbilicalCordMSC),
    ("autologous bone marrow mononuclear cells", .boneMarrowMononuclear),
    ("autologous bone marrow stem cell transplantation", .boneMarrowStemCells),
    ("adipose-derived mesenchymal stromal cells", .adiposeMSC),
    ("menstrual blood-derived stem cells", .menstrualBloodMSC),
    ("placenta-derived mesenchymal stem cells", .placentaMSC),
    ("mesenchymal stem cell-derived exosomes", .mscExosomes),
    ("mesenchymal stem cells of unstated source", .msc),
  ])
  func readsSource(text: String, source: CellSource) {
    #expect(cells(text) == [source])
  }

  @Test func backgroundSentencesAreNotTheIntervention() {
    let text = """
      Previous study showed that bone marrow derived mesenchymal stem cells (BM-MSCs) can replace hepatocytes. \
      In this study, human umbilical cord mesenchymal stem cells (UC-MSCs) will be given.
      """
    #expect(cells(text) == [.umbilicalCordMSC])
  }

  @Test func abbreviationYieldsToTheSpelledOutSource() {
    #expect(cells("autologous bone marrow mesenchymal stem cells (BMSCs) via liver artery") == [.boneMarrowMSC])
    #expect(cells("BMSC transplantation") == [.boneMarrowStemCells])
  }

  @Test func originIsStatedOrImpliedByUmbilicalCord() {
    #expect(origin("autologous bone marrow stem cells") == .autologous)
    #expect(origin("allogenic bone marrow MSCs") == .allogeneic)
    #expect(origin("umbilical cord MSC infusion") == .allogeneic)
    #expect(origin("bone marrow MSC infusion") == nil)
    #expect(origin("autologous or allogeneic MSCs") == nil)
  }
}
