#!/usr/bin/env bash
# The crash-safety harness of issue #9, longer than the test suite runs it: kills
# `branchdesk dev save-loop` with SIGKILL at random moments KILLS times, then checks that every
# file parses, `branchdesk check` is clean, every save reported done is on disk and the next
# writer leaves no temp file. Prints one summary line ("crash harness: … 0 lost …").
#
#   scripts/crash-harness.sh [KILLS]      (default 2000; the test suite runs 200)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-2000}
swift build --build-tests >/dev/null
BRANCHDESK_CRASH_KILLS=$kills swift test --skip-build --filter CrashHarnessTests 2>&1 \
  | grep -E "crash harness:|error:|Executed" | sort -u
