#!/usr/bin/env bash
# test.sh - set up (scripts/setup.sh; it also builds everything with clang, which must be
# warning-free there too) and run the whole test suite three times:
#   build/       every suite;
#   build-asan/  every suite again, under AddressSanitizer + UndefinedBehaviorSanitizer
#                (bpfaot itself, the runtime, and the programs it links);
#   build-tsan/  the runtime and x86 suites (hash map and tail-call stress, threaded
#                compilation) under ThreadSanitizer.
# Ends with one line "N passed, N failed, N skipped" over all three; exit status 0 only
# when nothing failed. Idempotent.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --clang --asan --tsan --arm64 || exit 1

status=0
meson test -C build --print-errorlogs || status=1
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	meson test -C build-asan --print-errorlogs || status=1
TSAN_OPTIONS=halt_on_error=1 \
	meson test -C build-tsan --print-errorlogs --suite runtime --suite x86 || status=1

python3 scripts/summarize-tests.py build/meson-logs/testlog.json \
	build-asan/meson-logs/testlog.json build-tsan/meson-logs/testlog.json || status=1
exit $status
