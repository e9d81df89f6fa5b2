import Testing

@testable import TrialCore

@Suite struct RouteExtractorTests {
  @Test(arguments: [
    ("Every patient is given 1x106 MSCs per kg infused via liver artery", Route.hepaticArtery),
    ("hepatic arterial infusion of UC-MSC", .hepaticArtery),
    ("The catheter was inserted to proper hepatic artery", .hepaticArtery),
    ("MSC infusion via peripheral vein", .peripheralVein),
    ("cells were given intravenously", .peripheralVein),
    ("1x10^6 cells/kg i.v. once a week", .peripheralVein),
    ("IV infusion of MSCs", .peripheralVein),
    ("transplanted via the portal vein under ultrasound guidance", .portalVein),
    ("intraportal injection of BM-MNC", .portalVein),
    ("intrasplenic injection of cells", .intrasplenic),
    ("given intraperitoneally", .intraperitoneal),
    ("cells injected directly into the liver", .intrahepatic),
  ])
  func readsRoute(text: String, route: Route) {
    #expect(RouteExtractor.find(in: text).map(\.route) == [route])
  }

  @Test(arguments: [
    "Patients with portal vein thrombosis",
    "hepatic artery thrombosis after transplantation",
    "Phase IV study of grade IV fibrosis",
    "Stem cells can be administered through various routes, among which hepatic artery and peripheral vein infusions are the most commonly used in clinical practice.",
  ])
  func ignoresVesselsThatAreNotRoutes(_ text: String) {
    #expect(RouteExtractor.find(in: text).isEmpty)
  }

  @Test func keepsThePhrase() throws {
    let found = try #require(
      RouteExtractor.find(in: "Autologous MSCs infused via liver artery. Follow-up 12 weeks.").first)
    #expect(found.phrase == "Autologous MSCs infused via liver artery")
  }

  @Test func criteriaNeverGiveRoutes() throws {
    let text = """
      - Conditions
      - Liver Cirrhosis
      - Interventions
      - Biological: UC-MSC
      - Registration Number
      - NCT00000001
      Inclusion Criteria:
      Portal vein patency confirmed by ultrasound. Intravenous access available.
      Exclusion Criteria:
      Hepatic artery stenosis.
      """
    let trial = try TrialReader.read(text, source: "x.txt")
    #expect(trial.routes.isEmpty)
  }
}
