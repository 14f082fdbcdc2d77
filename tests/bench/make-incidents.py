#!/usr/bin/env python3
"""Writes N console.incident/v1 records as NDJSON, for the resource-bounds benchmark.

usage: make-incidents.py N OUT

Each record is about 490 bytes (1,000,000 make about 460 MB); users, hosts, severities and states
vary. The output is the same for the same N.
"""

import json
import random
import sys

SEVERITIES = ["informational", "low", "medium", "high", "critical"]
STATES = ["new", "in_progress", "resolved"]
USERS = ["AD_DOMAIN\\joren", "ilse.marten@example.com", "AzureAD\\NoorHaddad", "oskar", "svc-backup"]


def main():
    count = int(sys.argv[1])
    rng = random.Random(7)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for index in range(count):
            host = "LT-%05d" % rng.randrange(20000)
            record = {
                "schema": "console.incident/v1",
                "source": {"kind": "generic", "instance": "bench", "vendor": "Bench", "product": "Bench EDR"},
                "source_id": "b-%07d" % index,
                "title": "Suspicious process tree on %s" % host,
                "summary": "A script host started an encoded command that reached out to a newly seen domain.",
                "severity": SEVERITIES[rng.randrange(len(SEVERITIES))],
                "state": STATES[rng.randrange(len(STATES))],
                "detected_at": "2026-11-%02dT%02d:%02d:00Z" % (1 + index % 28, index % 24, index % 60),
                "endpoint": {"hostname": host},
                "user": {"raw": USERS[index % len(USERS)]},
                "links": {"console": "https://edr.example/alerts/b-%07d" % index},
            }
            out.write(json.dumps(record, separators=(",", ":")))
            out.write("\n")


if __name__ == "__main__":
    main()
