#!/usr/bin/env bash
# Benchmarks for the figures in the issue notes: start-up to first frame (demo and the large
# generated ledger) and `check` on 5,000 members / 50,000 meetings. Uses farm-bench when it is
# on PATH (this workplace), else hyperfine, else bash's `time`.
#
#   scripts/bench.sh [OUT_DIR]        (default: bench-out/, ignored by git)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out}
mkdir -p "$out"

swift build -c release --product branchdesk >/dev/null
bin=$(swift build -c release --show-bin-path)/branchdesk

if [ ! -f "$out/large/branch.json" ]; then
  rm -rf "$out/large"
  "$bin" dev generate --members 5000 --meetings 50000 --years 10 --to "$out/large"
fi
rm -rf "$out/demo"
"$bin" demo --to "$out/demo" >/dev/null
du -sh "$out/large" "$out/large/meetings" "$out/large/members.json" | sed 's/^/size: /'

bench() {
  echo "== $1"; shift
  if command -v farm-bench >/dev/null; then
    farm-bench -n 10 -- "$@"
  elif command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 "$(printf '%q ' "$@")"
  else
    time "$@" >/dev/null
  fi
}

# The workbench needs a terminal: `script` gives it a pty; BRANCHDESK_BENCH_FIRST_FRAME=1
# makes it quit right after drawing the first frame.
export BRANCHDESK_BENCH_FIRST_FRAME=1 TERM=xterm-256color LANG=C.UTF-8
bench "start-up to first frame, demo ledger" script -qec "$bin --data-dir $out/demo --today 2026-12-04" /dev/null
bench "start-up to first frame, 5,000 members / 50,000 meetings" script -qec "$bin --data-dir $out/large --today 2026-12-04" /dev/null
bench "check, 5,000 members / 50,000 meetings" sh -c "$bin check --data-dir $out/large --today 2026-12-04 >/dev/null; true"
bench "check, demo ledger" sh -c "$bin check --data-dir $out/demo --today 2026-12-04 >/dev/null; true"
