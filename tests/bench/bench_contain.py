#!/usr/bin/env python3
"""Round trips of one `cordonctl contain` with the simulator 100 ms away.

Starts cordon-okta-sim with --latency-ms, contains a known user id with clear-sessions, suspend and
add-group (a known group id), and reports the wall time less the program's own start-up, in round trips,
with the requests the simulator saw. With --oauth cordonctl signs in as the simulator's demo service app
(private_key_jwt and DPoP), and the token requests are counted apart.
Usage: bench_contain.py BUILD_DIR [--latency-ms 100] [--runs 5] [--oauth]
"""
import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
import urllib.request


def start_sim(build, args):
    sim = subprocess.Popen([os.path.join(build, "app/oktasim/cordon-okta-sim"), *args],
                           stdout=subprocess.PIPE, text=True)
    url = sim.stdout.readline().split()[-1]
    return sim, url


def sim_get(url, path):
    with urllib.request.urlopen(url + path) as answer:
        return json.load(answer)


def api_get(url, path, token="demo-org-admin-token"):
    request = urllib.request.Request(url + path, headers={"Authorization": "SSWS " + token,
                                                          "Accept": "application/json"})
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


def timed(command, env):
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, done


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--oauth", action="store_true")
    options = parser.parse_args()

    sim, url = start_sim(options.build, ["--latency-ms", str(options.latency_ms)])
    try:
        joren = api_get(url, "/api/v1/users/joren.m%40example.com")["id"]
        group = [g for g in api_get(url, "/api/v1/groups?q=Limited") if g["profile"]["name"] == "Limited Data Access"][0]["id"]
        ctl = os.path.join(options.build, "app/cli/cordonctl")
        base = [ctl, "--org", url, "--allow-http-loopback"]
        env = dict(os.environ, OKTA_CLIENT_TOKEN="demo-org-admin-token",
                   CORDON_DATA_DIR=tempfile.mkdtemp(), CORDON_CONFIG_DIR=tempfile.mkdtemp())
        if options.oauth:
            key = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../data/oauth/sim-client-ec.pem")
            with open(key) as pem:
                env.update(OKTA_CLIENT_AUTHORIZATIONMODE="PrivateKey", OKTA_CLIENT_CLIENTID="0oacordonsimdemo0001",
                           OKTA_CLIENT_PRIVATEKEYID="sim-client-ec-1", OKTA_CLIENT_PRIVATEKEY=pem.read())
            del env["OKTA_CLIENT_TOKEN"]

        startups, contains, counts, tokens = [], [], [], []
        for _ in range(options.runs):
            # Start-up: the same program opening its settings and database, with no Okta call.
            elapsed, _ = timed(base + ["audit", "verify"], env)
            startups.append(elapsed)
            urllib.request.urlopen(urllib.request.Request(url + "/__sim/reset", method="POST", data=b""))
            elapsed, done = timed(base + ["--json", "contain", joren, "--action", "clear-sessions", "--action",
                                          "suspend", "--action", "add-group:" + group, "--yes"], env)
            if done.returncode != 0:
                raise SystemExit("contain failed: " + done.stderr)
            outcomes = [r["outcome"] for r in json.loads(done.stdout)["results"]]
            assert outcomes == ["done", "done", "done"], outcomes
            contains.append(elapsed)
            requests = sim_get(url, "/__sim/requests")
            token = [r for r in requests if r.get("path") == "/oauth2/v1/token"]
            tokens.append(len(token))
            counts.append(len(requests) - len(token))

        startup = statistics.median(startups)
        contain = statistics.median(contains)
        trips = (contain - startup) * 1000 / options.latency_ms
        print(f"latency {options.latency_ms} ms, {options.runs} runs (medians), "
              f"{'OAuth service app (DPoP)' if options.oauth else 'API token (SSWS)'}")
        print(f"start-up {startup * 1000:.0f} ms, contain {contain * 1000:.0f} ms")
        print(f"contain less start-up: {trips:.2f} round trips")
        print(f"requests to Okta per contain: {statistics.median(counts):.0f} API calls, "
              f"{statistics.median(tokens):.0f} token requests")
    finally:
        sim.terminate()
        sim.wait()


if __name__ == "__main__":
    main()
