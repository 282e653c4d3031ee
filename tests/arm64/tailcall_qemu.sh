#!/bin/sh
# tailcall_qemu.sh GEN SRCDIR INCDIR WORKDIR [lse]: compile the tail-call programs for
# aarch64, link with tailcall_main.c, run under qemu. 77 without the cross tools.
set -eu
gen=$1 src=$2 inc=$3 work=$4 lse=${5:-}
for tool in aarch64-linux-gnu-gcc qemu-aarch64; do
	command -v $tool >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done
mkdir -p "$work"
"$gen" "$work/progs.S" "$work/tailcall_progs.h" $lse
cpu=cortex-a53
[ "$lse" = lse ] && cpu=max
aarch64-linux-gnu-gcc -O1 -static -I"$work" -I"$inc" -o "$work/tailcall" "$src/tailcall_main.c" "$work/progs.S"
qemu-aarch64 -cpu $cpu -L /usr/aarch64-linux-gnu "$work/tailcall"
