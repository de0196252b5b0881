#!/usr/bin/env python3
"""refund-policy from Python, standard library only: the HTTP service and the co-process.

    python3 examples/python/client.py http://127.0.0.1:8080            # the service and the co-process
    python3 examples/python/client.py --coprocess-only                 # the co-process alone

For each way in, it asks for a preview (the estimate of a migration still in progress), the final
decision once the migration is completed, and the settlement of that decision over the account's
invoice and card payments; it prints a short result and exits 1 on any surprise (every figure is checked).

The co-process is the built command line (`node dist/cli.js` of this repository, or the file named by
REFUND_POLICY_CLI; `node` itself from NODE) kept running with `--ndjson --line-buffered`: one JSON line
in, one JSON line out, for as long as the parent likes.
"""
import json
import os
import selectors
import subprocess
import sys
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CLI = os.environ.get("REFUND_POLICY_CLI", os.path.join(ROOT, "dist", "cli.js"))
NODE = os.environ.get("NODE", "node")
TIMEOUT_S = 30


class Surprise(Exception):
    """Anything the client did not expect: a status, a figure, a missing answer."""


def expect(what, actual, expected):
    if actual != expected:
        raise Surprise(f"{what}: expected {expected!r}, got {actual!r}")


def example(name):
    with open(os.path.join(ROOT, "docs", "examples", name), encoding="utf-8") as file:
        return json.load(file)


def settlement_input(decision):
    """The final decision over its ledger: one invoice, paid by two card charges (docs/settlement.md)."""
    return {
        "decision": decision,
        "invoices": [{"id": "inv-1", "number": "INV-2026-0001", "issuedOn": "2026-01-01", "itemIds": ["sub-1"], "gross": "2841.72"}],
        "payments": [
            {"id": "ch_1", "invoiceId": "inv-1", "method": "card", "amount": "2000.00", "capturedAt": "2026-01-01T09:30:00Z"},
            {"id": "ch_2", "invoiceId": "inv-1", "method": "card", "amount": "841.72", "capturedAt": "2026-03-01T10:00:00Z"},
        ],
    }


class Service:
    """The HTTP service (`refund-policy serve`): one JSON body in, one JSON body out."""

    def __init__(self, url):
        self.url = url.rstrip("/")
        self.name = f"service {self.url}"

    def call(self, path, body):
        request = urllib.request.Request(
            self.url + path, data=json.dumps(body).encode("utf-8"), method="POST", headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                return response.status, json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            # 4xx and 5xx carry an application/problem+json body with the library's problems.
            return error.code, json.loads(error.read().decode("utf-8"))

    def evaluate(self, request):
        status, body = self.call("/v1/evaluate", {"request": request})
        expect("POST /v1/evaluate status", status, 200)
        return body

    def settle(self, input_):
        status, body = self.call("/v1/settle", {"input": input_})
        expect("POST /v1/settle status", status, 200)
        return body

    def refused(self, request):
        status, body = self.call("/v1/evaluate", {"request": request})
        expect("POST /v1/evaluate status of a refused request", status, 422)
        return body["problems"]

    def close(self):
        pass


class Child:
    """One command of the command line kept as a child: a JSON line written, a JSON line read back."""

    def __init__(self, *args):
        self.args = [NODE, CLI, *args, "-", "--ndjson", "--line-buffered"]
        self.process = subprocess.Popen(self.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.process.stdout, selectors.EVENT_READ)

    def ask(self, value):
        self.process.stdin.write(json.dumps(value).encode("utf-8") + b"\n")
        self.process.stdin.flush()
        # The answer comes while stdin stays open; a child that does not answer in time is a surprise.
        if not self.selector.select(TIMEOUT_S):
            raise Surprise(f"no answer from {' '.join(self.args)} within {TIMEOUT_S} s")
        line = self.process.stdout.readline()
        if not line:
            raise Surprise(f"{' '.join(self.args)} ended: {self.process.stderr.read().decode('utf-8')}")
        return json.loads(line)

    def close(self):
        """Ends the input: the child writes its summary on stderr and exits (0: every line answered, 2: any refused)."""
        self.process.stdin.close()
        status = self.process.wait(TIMEOUT_S)
        summary = json.loads(self.process.stderr.read().decode("utf-8").splitlines()[-1])["summary"]
        self.selector.close()
        self.process.stdout.close()
        self.process.stderr.close()
        return status, summary


class Coprocess:
    """The co-process: `evaluate` and `settle` children, each asked one line at a time."""

    def __init__(self):
        self.name = f"co-process: {NODE} {CLI} evaluate|settle - --ndjson --line-buffered"
        self.evaluator = Child("evaluate")
        self.settler = Child("settle")

    def evaluate(self, request):
        return self.evaluator.ask(request)

    def settle(self, input_):
        return self.settler.ask(input_)

    def refused(self, request):
        record = self.evaluator.ask(request)
        expect("the refused line's error code", record.get("error", {}).get("code"), "invalid_request")
        return record["error"]["problems"]

    def close(self):
        # Four requests (one refused), one settlement: the summaries and exit statuses say so.
        expect("evaluate co-process at the end of input", self.evaluator.close(), (2, {"decided": 3, "refused": 1}))
        expect("settle co-process at the end of input", self.settler.close(), (0, {"settled": 1, "refused": 0}))


def run(way):
    """Preview, final decision, settlement and a refused request through one way in; the answers, checked."""
    preview = way.evaluate(example("migration-estimate.json"))
    expect("preview status", preview["status"], "estimate")
    expect("preview total", preview["total"], {"net": "1194.00", "tax": "226.86", "gross": "1420.86"})

    final = way.evaluate(example("migration-final.json"))
    expect("final status", final["status"], "final")
    expect("final outcome", final["outcome"], "partial_refund")
    expect("final total", final["total"], {"net": "1194.00", "tax": "226.86", "gross": "1420.86"})

    plan = way.settle(settlement_input(final))
    steps = [(step["type"], step.get("paymentId"), step["amount"]) for step in plan["steps"]]
    expect("settlement total", plan["total"], "1420.86")
    expect("settlement steps", steps, [("refund_payment", "ch_2", "841.72"), ("refund_payment", "ch_1", "579.14")])
    expect("credit note total", [note["total"]["gross"] for note in plan["creditNotes"]], ["1420.86"])

    # A retry of the same final decision is the same decision, byte for byte in its digest.
    expect("a retried decision's digest", way.evaluate(example("migration-final.json"))["digests"], final["digests"])

    bad = dict(example("cancel.json"), asOf="2026-02-30")
    problems = way.refused(bad)
    expect("the refused request's problem", [(p["path"], p["code"]) for p in problems], [("asOf", "invalid_date")])
    way.close()

    print(way.name)
    print(f"  preview  {preview['status']:<8} {preview['outcome']:<15} {preview['currency']} {preview['total']['gross']}")
    print(f"  final    {final['status']:<8} {final['outcome']:<15} {final['currency']} {final['total']['gross']}")
    print(f"  settle   {plan['currency']} {plan['total']}: " + ", ".join(f"{kind} {ref} {amount}" for kind, ref, amount in steps))
    print(f"  refused  {problems[0]['path']} {problems[0]['code']}: {problems[0]['message']}")
    return preview, final, plan


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print("usage: client.py <service URL, e.g. http://127.0.0.1:8080> | --coprocess-only", file=sys.stderr)
        return 64
    try:
        answers = [run(Coprocess())]
        if argv[1] != "--coprocess-only":
            answers.append(run(Service(argv[1])))
            # The service and the co-process are the same library: the same answers, field for field.
            expect("the service's answers against the co-process's", answers[1], answers[0])
            print("service and co-process agree")
    except (Surprise, OSError, ValueError, KeyError, subprocess.TimeoutExpired) as error:
        print(f"refund-policy client: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
