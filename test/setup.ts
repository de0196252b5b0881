import fc from "fast-check";

// Property runs per law: 200 in the normal suites; fewer under mutation testing (FC_RUNS), where every
// mutant re-runs the laws and a handful of runs already kills what they can kill.
const runs = Number(globalThis.process?.env?.FC_RUNS ?? 200);
fc.configureGlobal({ numRuns: runs });
