#!/usr/bin/env bash
# Fuzzes the ledger loaders (issue #9) with more cases than CI runs: mutated copies of every
# demo ledger file through LedgerStore.load and LedgerCheck. No crash; every failure a LoadIssue
# with a position. The test prints "fuzz: N cases (seed S) in T s: …".
#
#   scripts/fuzz-loaders.sh [CASES] [SEED]      (default 100000 cases, seed from the clock)
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
seed=${2:-$(date +%s)}
BRANCHDESK_FUZZ_CASES=$cases BRANCHDESK_FUZZ_SEED=$seed \
  swift test --filter LoaderFuzzTests 2>&1 | grep -E "fuzz:|error|passed|failed|Fatal|signal"
