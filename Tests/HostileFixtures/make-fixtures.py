#!/usr/bin/env python3
"""Writes the hostile fixtures: trial text that tries to act on a terminal.

Every field carries one of the sequences below. The page is a MedPath-style text page (raw
bytes, UTF-8); the study is ClinicalTrials.gov API v2 JSON (ASCII, the same characters as
\\u escapes). Run from this folder: python3 make-fixtures.py
"""
import json

ESC, BEL = "\x1b", "\x07"
HOSTILE = {
    "csi": ESC + "[31mRED" + ESC + "[0m" + ESC + "[2J" + ESC + "[?1049l",  # colour, clear, leave alt screen
    "osc52": ESC + "]52;c;ZWNobyBvd25lZA==" + BEL,  # write to the clipboard
    "osc8": ESC + "]8;;https://evil.example/" + ESC + "\\click" + ESC + "]8;;" + ESC + "\\",  # hyperlink
    "bel": BEL + BEL,
    "c1": "\x9b31m\x9d0;title\x9c\x85\x90",  # 8-bit CSI, OSC, ST, NEL, DCS
    "bidi": "\u202aLRE\u202bRLE\u202cPDF\u202dLRO\u202eRLO",
    "isolates": "\u2066LRI\u2067RLI\u2068FSI\u2069PDI",
}
ALL = "".join(HOSTILE.values())


def tag(name):
    return HOSTILE[name] + "[" + name + "]"


page = f"""MedPath

Hostile {tag('csi')} Mesenchymal Stem Cells for Liver Cirrhosis {tag('osc8')}

Phase 2
Conditions
Liver Cirrhosis {tag('bidi')}
Decompensated Cirrhosis {tag('isolates')}
Registration Number
NCT09999901
Lead Sponsor
Evil Sponsor {tag('osc52')}
Brief Summary

Umbilical cord mesenchymal stem cells are infused via the hepatic artery {tag('c1')} in this study {tag('bel')}.

Detailed Description

{ALL} detailed description.

Recruitment & Eligibility

Status
RECRUITING
Sex
All
Target Recruitment
40
Inclusion Criteria
  • Aged 18~65 years {tag('csi')}
  • Decompensated liver cirrhosis {tag('bidi')}
Exclusion Criteria
  • Hepatocellular carcinoma {tag('osc52')}
  • Pregnancy {tag('c1')}

Study & Design

Study Type
INTERVENTIONAL
Study Design
PARALLEL
Primary Outcome Measures
NameTimeMethod
Survival rate {tag('osc8')}48 weeks
Secondary Outcome Measures
NameTimeMethod
MELD score {tag('isolates')}24 weeks after treatment

Trial Locations

Locations (1)

Hostile Hospital {tag('csi')}

Guangzhou {tag('bel')}, Guangdong, China

Hostile Hospital {tag('csi')}
Guangzhou {tag('bel')}, Guangdong, China
Doctor Evil {tag('c1')}
Principal Investigator

MedPath

© 2025 MedPath, Inc. All rights reserved.
"""

with open("hostile_medpath.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(page)

study = {
    "protocolSection": {
        "identificationModule": {
            "nctId": "NCT09999902",
            "briefTitle": "Hostile " + tag("csi") + " umbilical cord MSC study " + tag("osc8"),
            "officialTitle": "Official " + ALL,
        },
        "statusModule": {"overallStatus": "RECRUITING"},
        "sponsorCollaboratorsModule": {"leadSponsor": {"name": "Evil Sponsor " + tag("osc52")}},
        "descriptionModule": {
            "briefSummary": "Cells are given via the hepatic artery " + tag("c1") + " " + tag("bel"),
            "detailedDescription": ALL,
        },
        "conditionsModule": {"conditions": ["Liver Cirrhosis " + tag("bidi"), "ACLF " + tag("isolates")]},
        "designModule": {
            "studyType": "INTERVENTIONAL",
            "phases": ["PHASE2"],
            "designInfo": {"allocation": "RANDOMIZED", "interventionModel": "PARALLEL"},
            "enrollmentInfo": {"count": 40, "type": "ESTIMATED"},
        },
        "armsInterventionsModule": {
            "armGroups": [
                {
                    "label": "MSC arm " + tag("csi"),
                    "type": "EXPERIMENTAL",
                    "description": "1x10^6 cells/kg umbilical cord MSC via hepatic artery " + tag("osc52"),
                    "interventionNames": ["Biological: UC-MSC " + tag("bidi")],
                },
                {
                    "label": "Control " + tag("c1"),
                    "type": "ACTIVE_COMPARATOR",
                    "description": "Standard medical treatment " + tag("isolates"),
                    "interventionNames": ["Other: standard care"],
                },
            ],
            "interventions": [
                {"type": "BIOLOGICAL", "name": "UC-MSC " + tag("bidi"), "description": "Infusion " + tag("osc8")},
                {"type": "OTHER", "name": "standard care", "description": "Care " + tag("bel")},
            ],
        },
        "outcomesModule": {
            "primaryOutcomes": [{"measure": "Survival " + tag("osc8"), "timeFrame": "48 weeks " + tag("csi")}],
            "secondaryOutcomes": [{"measure": "MELD " + tag("c1"), "timeFrame": "24 weeks " + tag("bidi")}],
        },
        "eligibilityModule": {
            "eligibilityCriteria": "Inclusion Criteria:\n\n* Cirrhosis " + tag("csi") + "\n* Age 18 to 65 "
            + tag("isolates") + "\n\nExclusion Criteria:\n\n* Cancer " + tag("osc52") + "\n* Pregnancy " + tag("c1"),
            "sex": "ALL",
            "minimumAge": "18 Years",
            "maximumAge": "65 Years",
        },
        "contactsLocationsModule": {
            "locations": [
                {"facility": "Hostile Hospital " + tag("osc8"), "city": "Guangzhou " + tag("bel"), "country": "China"}
            ]
        },
    }
}

with open("hostile_study.json", "w", encoding="ascii") as f:
    json.dump(study, f, indent=2, ensure_ascii=True)
    f.write("\n")
