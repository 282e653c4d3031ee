#!/bin/sh
# run_expect.sh BPFAOT OBJ R0: `bpfaot run OBJ` must print R0 as its first line.
got=$("$1" run "$2" | head -n 1)
if [ "$got" = "$3" ]; then
	echo "ok: r0 = $got"
	exit 0
fi
echo "FAIL: r0 = $got, expected $3"
exit 1
