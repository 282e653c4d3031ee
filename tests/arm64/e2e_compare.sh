#!/bin/sh
# e2e_compare.sh BPFAOT ROOT NATIVE_RUNTIME WORKDIR NAME BPF_OBJ MAIN_C
# One end-to-end test of the x86-64 stream on both targets: BPF_OBJ compiled by bpfaot
# with --name NAME for x86_64 (linked natively with NATIVE_RUNTIME) and for aarch64 and
# aarch64-lse (linked by aarch64-linux-gnu-gcc with the runtime cross-built in
# ROOT/build-aarch64, run under qemu-aarch64). Each run must succeed, and the three
# outputs must be identical line for line. 77 without the cross tools.
set -eu
bpfaot=$1 root=$2 native_rt=$3 work=$4 name=$5 obj=$6 main=$7
for tool in aarch64-linux-gnu-gcc qemu-aarch64 cc; do
	command -v $tool >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done
"$root/scripts/setup-arm64.sh" >/dev/null
mkdir -p "$work"
inc="$root/runtime"
status=0

"$bpfaot" compile --target x86_64 --name "$name" -o "$work/x86_64.aot.o" "$obj"
# NATIVE_LDFLAGS: the sanitizer flags when the native runtime is a sanitized build.
cc -I"$inc" -o "$work/x86_64" "$main" "$work/x86_64.aot.o" "$native_rt" -lpthread ${NATIVE_LDFLAGS:-}
"$work/x86_64" >"$work/x86_64.out" || { echo "x86_64 run failed:"; cat "$work/x86_64.out"; status=1; }

for target in aarch64 aarch64-lse; do
	cpu=cortex-a53
	[ $target = aarch64-lse ] && cpu=max
	"$bpfaot" compile --target $target --name "$name" -o "$work/$target.aot.o" "$obj"
	aarch64-linux-gnu-gcc -I"$inc" -o "$work/$target" "$main" "$work/$target.aot.o" \
		"$root/build-aarch64/runtime/libbpfaot.a" -lpthread
	qemu-aarch64 -cpu $cpu -L /usr/aarch64-linux-gnu "$work/$target" >"$work/$target.out" ||
		{ echo "$target run failed:"; cat "$work/$target.out"; status=1; }
	if diff -u "$work/x86_64.out" "$work/$target.out"; then
		echo "$target: identical to x86_64 ($(wc -l <"$work/$target.out") lines)"
	else
		status=1
	fi
done
# The aarch64 object in a shared library (GNU ld; the host is -fPIC, see docs/x86.md on
# copy relocations) and in a PIE linked by lld: same output again.
rt_dir="$root/build-aarch64/runtime"
compare() { # label exe
	if qemu-aarch64 -L /usr/aarch64-linux-gnu "$2" >"$work/$1.out" && diff -u "$work/x86_64.out" "$work/$1.out"; then
		echo "$1: identical to x86_64"
	else
		echo "$1: differs or failed"; status=1
	fi
}
aarch64-linux-gnu-gcc -shared -o "$work/lib$name.so" "$work/aarch64.aot.o"
aarch64-linux-gnu-gcc -fPIC -I"$inc" -o "$work/aarch64-shared" "$main" -L"$work" -l"$name" \
	"$rt_dir/libbpfaot.so" -lpthread -Wl,-rpath,"$work:$rt_dir"
compare aarch64-shared "$work/aarch64-shared"
. "$root/tests/arm64/lld.sh"
lld=$(lld_flags "$work")
# shellcheck disable=SC2086 # $lld is a list of flags
aarch64-linux-gnu-gcc $lld -pie -I"$inc" -o "$work/aarch64-lld" "$main" \
	"$work/aarch64.aot.o" "$rt_dir/libbpfaot.a" -lpthread
compare aarch64-lld-pie "$work/aarch64-lld"
cat "$work/aarch64.out"
exit $status
