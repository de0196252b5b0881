#!/usr/bin/env python3
"""The co-process from Python: N preview requests sent one at a time through one child,
`node dist/cli.js evaluate - --ndjson --line-buffered`, each answer read before the next request is written.
Prints one JSON object: the count, p50/p99/max latency in microseconds (write to answer read) and requests/s.

    python3 bench/coprocess.py [N] [WARMUP]          (defaults 20000 and 2000; driven by bench/coprocess.mjs)
"""
import json
import os
import subprocess
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
warmup = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000

# A preview: the estimate of a yearly subscription's migration still in progress.
line = (
    json.dumps(
        {
            "asOf": "2026-06-20",
            "action": "migrate_to_on_premise",
            "account": {"id": "acct-42", "currency": "EUR"},
            "migration": {"status": "in_progress", "expectedCompletionOn": "2026-06-30"},
            "items": [
                {
                    "id": "sub-1", "type": "subscription", "plan": "professional", "cycle": "year",
                    "period": {"start": "2026-01-01", "end": "2027-01-01"},
                    "paid": {"net": "2388.00", "taxes": [{"code": "DE-VAT", "rate": "0.19", "amount": "453.72"}]},
                }
            ],
        },
        separators=(",", ":"),
    )
    + "\n"
).encode("utf-8")

child = subprocess.Popen(
    [os.environ.get("NODE", "node"), os.path.join(ROOT, "dist", "cli.js"), "evaluate", "-", "--ndjson", "--line-buffered"],
    stdin=subprocess.PIPE,
    stdout=subprocess.PIPE,
    stderr=subprocess.PIPE,
    bufsize=0,
)
stdin, stdout = child.stdin, child.stdout
reader = os.fdopen(stdout.fileno(), "rb", buffering=1 << 16, closefd=False)


def ask():
    stdin.write(line)
    answer = reader.readline()
    if not answer.startswith(b'{"policy"'):
        raise SystemExit(f"not a decision: {answer[:200]!r} {child.stderr.read()!r}")
    return answer


first = ask()
decision = json.loads(first)
if decision["status"] != "estimate" or decision["total"]["gross"] != "1420.86":
    raise SystemExit(f"unexpected preview: {decision['status']} {decision['total']}")
for _ in range(warmup):
    ask()

latencies = []
started = time.perf_counter_ns()
for _ in range(count):
    sent = time.perf_counter_ns()
    ask()
    latencies.append(time.perf_counter_ns() - sent)
elapsed = time.perf_counter_ns() - started
stdin.close()
status = child.wait(30)
if status != 0:
    raise SystemExit(f"the co-process exited {status}: {child.stderr.read()!r}")

latencies.sort()


def at(fraction):
    return round(latencies[min(len(latencies) - 1, int(fraction * len(latencies)))] / 1_000, 1)


print(json.dumps({"requests": count, "warmup": warmup + 1, "p50_us": at(0.50), "p99_us": at(0.99), "max_us": round(latencies[-1] / 1_000, 1), "per_second": round(count / (elapsed / 1e9))}))
