#!/bin/sh
# run_expect.sh BPFAOT R0 OBJ [RUN OPTIONS...]: `bpfaot run OBJ ...` must exit 0 and print
# R0 as its first line.
bpfaot=$1 want=$2
shift 2
out=$("$bpfaot" run "$@") || { echo "FAIL: bpfaot run exited with $?"; exit 1; }
got=$(printf '%s\n' "$out" | head -n 1)
if [ "$got" = "$want" ]; then
	echo "ok: r0 = $got"
	exit 0
fi
echo "FAIL: r0 = $got, expected $want"
exit 1
