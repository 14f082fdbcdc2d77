#!/usr/bin/env python3
"""Writes N OCSF Detection Findings (class_uid 2004) as one JSON array, for the feed parser benchmark.

usage: make-ocsf.py N OUT

The findings vary user forms, hosts, severities and states the way a real EDR export does, and are
about 1.5 kB each (100,000 findings make about 150 MB). The output is the same for the same N.
"""

import json
import random
import sys

USERS = [
    {"name": "joren", "domain": "AD_DOMAIN", "uid": "S-1-5-21-1004336348-1177238915-682003330-{rid}", "type_id": 1},
    {"name": "ilse.marten@example.com", "email_addr": "ilse.marten@example.com", "type_id": 1,
     "account": {"name": "example.onmicrosoft.com", "type_id": 6, "type": "Azure AD Account"}},
    {"name": "SYSTEM", "domain": "NT AUTHORITY", "uid": "S-1-5-18", "type_id": 3},
    {"name": "oskar", "uid": "501", "type_id": 1, "account": {"type_id": 7, "type": "Mac OS Account"}},
    {"name": "AzureAD\\NoorHaddad", "type_id": 1},
    {"name": "LT-{host}$", "type_id": 3},
    {"name": "svc-backup", "domain": "AD_DOMAIN", "type_id": 4},
]


def finding(index, rng):
    host = "LT-%05d" % rng.randrange(20000)
    user = json.loads(json.dumps(USERS[index % len(USERS)]).replace("{rid}", str(1000 + index)).replace(
        "LT-{host}", host))
    created = 1795000000000 + index * 1000
    status = rng.choice([1, 1, 1, 2, 3, 4])
    return {
        "class_uid": 2004,
        "class_name": "Detection Finding",
        "category_uid": 2,
        "category_name": "Findings",
        "activity_id": 1,
        "activity_name": "Create",
        "type_uid": 200401,
        "severity_id": rng.choice([1, 2, 3, 4, 5]),
        "status_id": status,
        "is_alert": True,
        "confidence_id": 3,
        "time": created + 2000,
        "message": "Suspicious process behaviour observed on %s (finding %d)" % (host, index),
        "metadata": {
            "version": "1.8.0",
            "product": {"name": "Sentrybird EDR", "vendor_name": "Sentrybird Labs", "version": "4.2.1"},
            "original_event_uid": "sb-bench-%08d" % index,
                    },
        "finding_info": {
            "uid": "sb-bench-%08d" % index,
            "title": "Encoded PowerShell spawned by an Office application (%d)" % (index % 97),
            "desc": "A document macro started powershell.exe with a base64-encoded command line that "
                    "downloaded a second stage.",
            "types": ["Execution"],
            "created_time": created,
            "first_seen_time": created - 60000,
            "last_seen_time": created - 1000,
            "modified_time": created + 600000,
            "src_url": "https://console.sentrybird.example/alerts/sb-bench-%08d" % index,
            "analytic": {"name": "OFFICE-CHILD-ENCODED-PS", "uid": "rule-1187", "type_id": 1, "type": "Rule"},
            "attacks": [{"tactic": {"name": "Execution", "uid": "TA0002"},
                         "technique": {"name": "Command and Scripting Interpreter", "uid": "T1059"}}],
        },
        "device": {
            "hostname": host,
            "name": host,
            "domain": "ad.example.com",
            "uid": "%032x" % rng.getrandbits(128),
            "type_id": 3,
            "type": "Laptop",
            "ip": "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(256)),
            "os": {"name": "Windows", "type_id": 100, "type": "Windows", "version": "Windows 11 23H2"},
        },
        "actor": {"user": user},
        "evidences": [{"process": {"name": "powershell.exe", "pid": rng.randrange(65536),
                                   "cmd_line": "powershell.exe -NoProfile -EncodedCommand " + "A" * 24}}],
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count = int(sys.argv[1])
    rng = random.Random(2004)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("[\n")
        for index in range(count):
            if index:
                out.write(",\n")
            out.write(json.dumps(finding(index, rng), separators=(",", ":")))
        out.write("\n]\n")


if __name__ == "__main__":
    main()
