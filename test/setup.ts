import fc from "fast-check";

// Property runs per law: 200 in the normal suites; fewer under mutation testing (FC_RUNS), where every
// mutant re-runs the laws and a handful of runs already kills what they can kill.
const runs = Number(globalThis.process?.env?.FC_RUNS ?? 200);
// Under mutation testing a failing law only has to fail: no shrinking (shrinking a whole account or ledger
// takes longer than Stryker's timeout, and a timed-out mutant costs the full timeout).
const mutation = globalThis.process?.env?.FC_RUNS !== undefined;
fc.configureGlobal(mutation ? { numRuns: runs, endOnFailure: true } : { numRuns: runs });
