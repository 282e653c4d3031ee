#!/bin/sh
# run.sh [BUILDDIR] [harness options] - build and run the benchmark suite (docs/bench.md).
# BUILDDIR defaults to ./build (configured with `meson setup build ...`). Options after it
# go to the harness, e.g. `bench/run.sh build --only crc32,parse --reps 41`.
set -e
builddir=${1:-build}
[ $# -gt 0 ] && shift
if ! log=$(ninja -C "$builddir" bench/bpfaot-bench bench/large.bpf.o 2>&1); then
	printf '%s\n' "$log" >&2
	exit 1
fi
b="$builddir/bench"
exec "$b/bpfaot-bench" --bpf-dir "$b" --aot-dir "$b" \
	--compile "$b/large.bpf.o" --bpfaot "$builddir/cmd/bpfaot" "$@"
