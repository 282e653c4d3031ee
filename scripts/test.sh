#!/usr/bin/env bash
# test.sh - set up (scripts/setup.sh) and run the whole test suite: every suite in the
# normal build, then the suites marked for sanitizers in the ASan+UBSan build.
# Ends with one line "N passed, N failed, N skipped" over both runs; exit status 0 only
# when nothing failed. Idempotent.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --asan --arm64 || exit 1

status=0
meson test -C build --print-errorlogs --num-processes 2 || status=1
# Under sanitizers: the stages that read untrusted input and the runtime.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	meson test -C build-asan --print-errorlogs --num-processes 2 --suite sanitize || status=1

python3 scripts/summarize-tests.py build/meson-logs/testlog.json build-asan/meson-logs/testlog.json || status=1
exit $status
