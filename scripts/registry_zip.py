#!/usr/bin/env python3
"""Packs a JSON Lines corpus (one API v2 study per line, as gen_ctgov_corpus.py writes it)
into a zip shaped like ClinicalTrials.gov's bulk download ctg-studies.json.zip: one
NCTxxxxxxxx.json per study, in sub-folders named after the id's first digits
(NCT0123xxxx/NCT01234567.json). Used to benchmark `livertrials import` on a registry zip.

    python3 scripts/registry_zip.py studies.jsonl ctg-studies.json.zip [--level 6]
"""
import argparse
import json
import sys
import zipfile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("jsonl")
    parser.add_argument("zip")
    parser.add_argument("--level", type=int, default=6, help="deflate level (default 6)")
    args = parser.parse_args()
    count = 0
    with open(args.jsonl, "rb") as lines, zipfile.ZipFile(
        args.zip, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=args.level, allowZip64=True
    ) as archive:
        for line in lines:
            line = line.strip()
            if not line:
                continue
            nct = json.loads(line)["protocolSection"]["identificationModule"]["nctId"]
            archive.writestr(f"{nct[:7]}xxxx/{nct}.json", line)
            count += 1
            if count % 50000 == 0:
                print(f"{count} studies", file=sys.stderr)
    print(f"{count} studies in {args.zip}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
