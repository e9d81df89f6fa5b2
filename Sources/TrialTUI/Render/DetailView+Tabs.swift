import TrialCore

extension DetailView {
  /// Ages, sex, volunteers, inclusion and exclusion criteria.
  func eligibility(_ trial: Trial) -> [StyledLine] {
    var out: [StyledLine] = []
    let ages: String? =
      trial.ages.isEmpty
      ? nil : "\(trial.ages.min.map(String.init) ?? "any") to \(trial.ages.max.map(String.init) ?? "any") years"
    out += field("Ages", ages)
    out += field("Sex", trial.sex?.rawValue)
    out += field("Healthy vol.", trial.healthyVolunteers.map { $0 ? "accepted" : "not accepted" })
    out += heading("Inclusion criteria (\(trial.eligibility.inclusion.count))")
    out += trial.eligibility.inclusion.isEmpty ? none("not stated") : trial.eligibility.inclusion.flatMap { bullet($0) }
    out += heading("Exclusion criteria (\(trial.eligibility.exclusion.count))")
    out += trial.eligibility.exclusion.isEmpty ? none("not stated") : trial.eligibility.exclusion.flatMap { bullet($0) }
    return out
  }

  /// Each arm with type, interventions, route and dose; then the interventions.
  func arms(_ trial: Trial) -> [StyledLine] {
    var out: [StyledLine] = []
    if trial.arms.isEmpty { out += [StyledLine("The record lists no arms.", .dim)] }
    for (index, arm) in trial.arms.enumerated() {
      if index > 0 { out.append(StyledLine()) }
      out += TextWrapper.wrap(SafeText.clean(arm.label), width: width).map { StyledLine($0, .heading) }
      out += field("Type", arm.type?.replacingOccurrences(of: "-", with: " "))
      out += field("Interventions", list(arm.interventions))
      let location = "arm \"\(arm.label)\""
      let routeText = arm.routes.map { route in
        let phrases = trial.evidence.filter {
          $0.field == "route" && $0.value == route.rawValue && $0.location == location
        }
        return route.displayName + (phrases.first.map { " — “\($0.phrase)”" } ?? "")
      }
      out += field("Route", list(routeText))
      let doses = trial.evidence.filter { $0.field == "dose" && $0.location == location }.map(\.phrase)
      out += field("Dose", list(doses))
      if let description = arm.description { out += field("Description", description) }
    }
    let unplaced = trial.doses.filter { dose in
      !trial.evidence.contains { $0.field == "dose" && $0.value == dose.text && $0.location.hasPrefix("arm ") }
    }
    if !unplaced.isEmpty {
      out += heading("Doses stated outside the arms")
      out += unplaced.flatMap { bullet($0.text) }
    }
    out += heading("Interventions")
    out +=
      trial.interventions.isEmpty
      ? none("not stated")
      : trial.interventions.flatMap { intervention in
        bullet((intervention.type.map { "\($0): " } ?? "") + intervention.name)
          + (intervention.description.map { prose($0, indent: 4) } ?? [])
      }
    return out
  }

  /// Primary and secondary outcomes with their time frames.
  func outcomes(_ trial: Trial) -> [StyledLine] {
    var out: [StyledLine] = []
    for (title, list) in [
      ("Primary outcomes", trial.outcomes.primary), ("Secondary outcomes", trial.outcomes.secondary),
    ] {
      if !out.isEmpty { out.append(StyledLine()) }
      out.append(StyledLine("\(title) (\(list.count))", .heading))
      if list.isEmpty { out += none("not stated") }
      for outcome in list {
        out += bullet(outcome.measure)
        out += prose("time frame: " + (outcome.timeFrame ?? "not stated"), indent: 4, style: .dim)
        if let description = outcome.description { out += prose(description, indent: 4) }
      }
    }
    return out
  }

  /// Sites and contacts.
  func locations(_ trial: Trial) -> [StyledLine] {
    var out = [StyledLine("Sites (\(trial.locations.count))", .heading)]
    if trial.locations.isEmpty { out += none("not stated") }
    for site in trial.locations {
      out += bullet(site.facility ?? "facility not stated")
      let place = [site.city, site.region, site.country].compactMap { $0 }.joined(separator: ", ")
      if !place.isEmpty { out += prose(place, indent: 2, style: .dim) }
    }
    out += heading("Contacts (\(trial.contacts.count))")
    if trial.contacts.isEmpty { out += none("not stated") }
    for contact in trial.contacts {
      out += bullet(([contact.name, contact.role].compactMap { $0 }).joined(separator: " · "))
      let reach = [contact.phone, contact.email].compactMap { $0 }.joined(separator: " · ")
      if !reach.isEmpty { out += prose(reach, indent: 2, style: .dim) }
    }
    return out
  }

  /// Trials the page listed beside this one.
  func related(_ trial: Trial) -> [StyledLine] {
    guard !trial.related.isEmpty else { return [StyledLine("The page lists no related trials.", .dim)] }
    var out = [StyledLine("Related trials listed on the page (\(trial.related.count))", .heading)]
    for item in trial.related {
      let phases = item.phases.map { FacetMenu.label($0.rawValue, .phase) }.joined(separator: "/")
      let facts = [
        item.status.map { $0.rawValue.replacingOccurrences(of: "-", with: " ") }, phases.isEmpty ? nil : phases,
      ]
      out += bullet(item.id + " — " + (item.title ?? "title not shown"))
      out += prose(facts.compactMap { $0 }.joined(separator: " · "), indent: 2, style: .dim)
    }
    return out
  }
}
