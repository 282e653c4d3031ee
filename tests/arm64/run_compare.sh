#!/bin/sh
# run_compare.sh BPFAOT ROOT OBJ [PROG...]
# `bpfaot run --maps` of each program (or the only one) for x86_64, aarch64 and
# aarch64-lse (under qemu, with the runtime cross-built in ROOT/build-aarch64): all runs
# must succeed and print exactly the same r0 and maps. 77 without the cross tools.
set -eu
bpfaot=$1 root=$2 obj=$3
shift 3
for tool in aarch64-linux-gnu-gcc qemu-aarch64; do
	command -v $tool >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done
"$root/scripts/setup-arm64.sh" >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The same 64-byte input for every run: the packet of programs whose context is rewritten
# (xdp, tc, socket filters), r1/r2 of the others.
i=0
while [ $i -lt 64 ]; do printf "\\$(printf %03o $(( (i * 37 + 11) % 256 )))"; i=$((i + 1)); done >"$out/data"
status=0
[ $# -eq 0 ] && set -- ""
for prog in "$@"; do
	for target in x86_64 aarch64 aarch64-lse; do
		"$bpfaot" run --target $target --maps --data "$out/data" ${prog:+--prog "$prog"} "$obj" >"$out/$target" ||
			{ echo "FAIL ${prog:-$obj} on $target: exit $?"; status=1; }
	done
	for target in aarch64 aarch64-lse; do
		if diff -u "$out/x86_64" "$out/$target"; then
			echo "ok   ${prog:-$(basename "$obj")}: $target prints what x86_64 prints ($(wc -l <"$out/$target") lines)"
		else
			status=1
		fi
	done
done
exit $status
