#!/bin/sh
# arm64-check.sh [BUILDDIR] - the suite's correctness run for aarch64 under qemu: every
# benchmark compiled by `bpfaot compile --target aarch64` and, as native C, by
# aarch64-linux-gnu-gcc, linked with the cross-built runtime (scripts/setup-arm64.sh) into
# the harness without a kernel engine, and run with --check under qemu-aarch64: the
# results of bpfaot's code must equal the native build's. No timings (under emulation they
# mean nothing). Exit 77 when the cross tools are missing.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
builddir=$(cd "${1:-build}" && pwd)
cc=aarch64-linux-gnu-gcc
for tool in $cc qemu-aarch64; do
	command -v $tool >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done
"$root/scripts/setup-arm64.sh" >/dev/null
names=$(sed -n 's/^BENCH(\([a-z0-9_]*\),.*/\1/p' "$root/bench/list.h")
ninja -C "$builddir" cmd/bpfaot $(for n in $names; do echo "bench/$n.bpf.o"; done) >/dev/null
work="$builddir/bench/arm64"
mkdir -p "$work"
objs=
for n in $names; do
	if ! "$builddir/cmd/bpfaot" compile --target aarch64 --name "$n" \
		"$builddir/bench/$n.bpf.o" -o "$work/$n.aot.o" >"$work/$n.aot.log" 2>&1; then
		echo "$n: bpfaot compile --target aarch64 failed: $(head -1 "$work/$n.aot.log")"
		rm -f "$work/$n.aot.o"
		continue
	fi
	$cc -O2 -DBENCH_NATIVE -DBENCH_NAME="$n" -I"$root/bench" -c "$root/bench/progs/$n.bpf.c" \
		-o "$work/$n.nat.o"
	objs="$objs $work/$n.aot.o $work/$n.nat.o"
done
# A benchmark whose aarch64 object failed has neither its native nor its aot object:
# define its native entry as a stub so the harness links (it reports the failure above).
stubs="$work/stubs.c"
: >"$stubs"
for n in $names; do
	[ -f "$work/$n.aot.o" ] || echo "int nat_${n}__${n}(void *ctx) { (void)ctx; return 0; }" >>"$stubs"
done
$cc -O2 -static -I"$root/bench" -I"$root/runtime" -o "$work/bpfaot-bench" \
	"$root/bench/harness.c" "$root/bench/packet.c" "$root/bench/native_rt.c" \
	"$root/bench/kernel_none.c" "$stubs" $objs "$root/build-aarch64/runtime/libbpfaot.a" \
	-lpthread -lm
exec qemu-aarch64 -L /usr/aarch64-linux-gnu "$work/bpfaot-bench" --check
