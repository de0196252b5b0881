#!/usr/bin/env bash
# Mutation testing (Stryker, vitest runner), gated by stryker.config.json: the run fails below 90 %.
#
# Stryker's incremental file is a cache: it holds a copy of every source and test file and each mutant's
# last result, so a run re-tests only the mutants whose code or covering tests changed. It is generated,
# several MB, and changes with every commit, so it lives OUTSIDE the repository:
#   $REFUND_POLICY_CACHE, else $XDG_CACHE_HOME/refund-policy, else ~/.cache/refund-policy.
# When it is absent (a fresh machine) the same command does a full run and writes it; later runs on that
# machine are incremental. Static mutants (code that only runs at import) are ignored: each would re-run
# every suite, and an import-time mistake already fails every suite at load.
set -euo pipefail
cd "$(dirname "$0")/.."
cache_dir="${REFUND_POLICY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/refund-policy}"
mkdir -p "$cache_dir"
cache="$cache_dir/stryker-incremental.json"
# A whole run in two halves that together cover the tree (each with its own cache):
#   --part=1  settlement, e-invoices and digests;  --part=2  every other mutated file.
case "${1:-}" in
  --part=1) shift; cache="$cache_dir/stryker-incremental-part1.json"; set -- --mutate 'src/settlement/**/*.ts,src/einvoice/**/*.ts,src/digest/**/*.ts' "$@" ;;
  --part=2) shift; cache="$cache_dir/stryker-incremental-part2.json"
    set -- --mutate "$(node -e 'const c = require("./stryker.config.json"); console.log([...c.mutate, "!src/settlement/**", "!src/einvoice/**", "!src/digest/**"].join(","))')" "$@" ;;
esac
if [ -f "$cache" ]; then
  echo "mutation: incremental run against the cache $cache"
else
  echo "mutation: no cache at $cache, so a full run (about 7,000 mutants: over an hour on 2 cores); it writes the cache"
fi
TZ=Pacific/Apia FC_RUNS=10 npx stryker run --incremental --incrementalFile "$cache" "$@"
