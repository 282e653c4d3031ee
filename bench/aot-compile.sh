#!/bin/sh
# aot-compile.sh BPFAOT IN OUT NAME CC - compile one benchmark object with bpfaot for the
# harness. When bpfaot cannot compile it (yet), writes an empty object instead, so that the
# harness still links and shows "n/a" for that benchmark (its weak NAME__object is NULL).
# The reason goes to OUT.log.
bpfaot=$1 in=$2 out=$3 name=$4 cc=$5
if "$bpfaot" compile "$in" -o "$out" --name "$name" >"$out.log" 2>&1; then
	exit 0
fi
rm -f "$out"
exec "$cc" -c -x c /dev/null -o "$out"
