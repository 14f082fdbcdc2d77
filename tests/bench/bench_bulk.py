#!/usr/bin/env python3
"""A bulk containment under Okta's rate limit: `cordonctl contain` of N users (clear sessions and suspend)
against cordon-okta-sim limited to LIMIT user calls per WINDOW seconds.

Reports the wall time against the floor the limit sets (every request in the users bucket, at LIMIT per
WINDOW), the requests made, and how many answers were 429. Usage: bench_bulk.py BUILD_DIR [--users 150]
"""
import argparse
import json
import math
import os
import subprocess
import tempfile
import time
import urllib.request


def directory(count):
    users, members = [], []
    for i in range(count + 1):
        login = "svc-cordon@example.com" if i == count else f"bulk.user{i:04d}@example.com"
        uid = "00u" + f"bulk{i:016d}"[-17:]
        users.append({"id": uid, "status": "ACTIVE", "created": "2025-01-01T00:00:00.000Z",
                      "activated": "2025-01-01T00:00:00.000Z", "statusChanged": "2025-01-01T00:00:00.000Z",
                      "lastLogin": None, "lastUpdated": "2025-01-01T00:00:00.000Z", "passwordChanged": None,
                      "type": {"id": "oty1a2b3c4d5e6f7g8h9"},
                      "profile": {"firstName": "Bulk", "lastName": f"User{i}", "login": login, "email": login},
                      "credentials": {"provider": {"type": "OKTA", "name": "OKTA"}}})
        members.append(uid)
    service = users[-1]["id"]
    return {"users": users,
            "groups": [{"id": "00gbulkeveryone00000", "type": "BUILT_IN", "objectClass": ["okta:user_group"],
                        "profile": {"name": "Everyone", "description": "All users"}}],
            "groupMembers": {"00gbulkeveryone00000": members},
            "adminRoles": {service: [{"id": "ra1bulkorgadmin00000", "label": "Organization Administrator",
                                      "type": "ORG_ADMIN", "status": "ACTIVE", "assignmentType": "USER"}]},
            "tokens": {"bulk-admin-token": service}}, [u["id"] for u in users[:-1]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--users", type=int, default=150)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--window-s", type=int, default=5)
    options = parser.parse_args()

    org, ids = directory(options.users)
    work = tempfile.mkdtemp()
    path = os.path.join(work, "org.json")
    with open(path, "w") as out:
        json.dump(org, out)
    sim = subprocess.Popen([os.path.join(options.build, "app/oktasim/cordon-okta-sim"), "--directory", path,
                            "--rate-limit", f"users={options.limit}", "--rate-window-s", str(options.window_s)],
                           stdout=subprocess.PIPE, text=True)
    url = sim.stdout.readline().split()[-1]
    try:
        env = dict(os.environ, OKTA_CLIENT_TOKEN="bulk-admin-token", CORDON_DATA_DIR=work, CORDON_CONFIG_DIR=work)
        command = [os.path.join(options.build, "app/cli/cordonctl"), "--org", url, "--allow-http-loopback", "--json",
                   "contain", *ids, "--action", "clear-sessions", "--action", "suspend", "--yes"]
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        runs = json.loads(done.stdout)["runs"] if done.stdout.strip() else []
        failed = sum(1 for run in runs for r in run.get("results", []) if r["outcome"] not in ("done", "already"))
        with urllib.request.urlopen(url + "/__sim/requests") as answer:
            requests = json.load(answer)
        users_bucket = [r for r in requests if r["path"].startswith("/api/v1/users")]
        throttled = sum(1 for r in requests if r["status"] == 429)
        # The first window is free; each further LIMIT requests need one more window. A window opens with
        # its first request and ends on the last whole second within WINDOW of it (the reset Okta
        # announces), so the floor is when the last window a client needs could open at the earliest.
        windows = max(1, math.ceil(len(users_bucket) / options.limit))
        first_ms = users_bucket[0]["at"] if users_bucket else 0
        opens = first_ms
        for _ in range(windows - 1):
            opens = (opens + options.window_s * 1000) // 1000 * 1000
        floor = (opens - first_ms) / 1000
        print(f"{options.users} users, clear sessions and suspend, limit {options.limit} per {options.window_s} s")
        print(f"exit {done.returncode}; actions failed: {failed}; requests: {len(requests)} "
              f"({len(users_bucket)} in the users bucket); 429 answers: {throttled}")
        print(f"wall {elapsed:.1f} s against a floor of {floor:.1f} s ({windows} windows): "
              f"{elapsed / floor if floor else float('nan'):.2f} x")
    finally:
        sim.terminate()
        sim.wait()


if __name__ == "__main__":
    main()
