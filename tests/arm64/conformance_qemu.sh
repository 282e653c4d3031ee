#!/bin/sh
# conformance_qemu.sh GEN SRCDIR CONFORMANCE_DIR WORKDIR [LSE [ELF]]
# Compile every conformance case for aarch64 with conformance_gen, link them with
# conformance_main.c using the Debian cross compiler, run under qemu-aarch64, print the
# pass count. Exit 77 (skipped) when the cross toolchain or qemu is missing.
set -eu
gen=$1 src=$2 dir=$3 work=$4 lse=${5:-0} elf=${6:-0}
cc=aarch64-linux-gnu-gcc
for tool in $cc qemu-aarch64; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "skipped: $tool not found (apt install gcc-aarch64-linux-gnu qemu-user)"
		exit 77
	fi
done
mkdir -p "$work"
names=$(tail -n +2 "$dir/manifest.tsv" | cut -f1)
A64_LSE=$lse A64_ELF=$elf "$gen" "$dir" "$work/progs.S" "$work/conformance_table.c" $names
march=armv8-a
[ "$lse" = 1 ] && march=armv8.1-a
$cc -march=$march -O1 -static -I"$work" -o "$work/conformance" "$src/conformance_main.c" "$work/progs.S"
# qemu's default cpu ("max") has LSE; -cpu cortex-a53 (ARMv8.0) proves the v8.0 code needs none.
cpu=cortex-a53
[ "$lse" = 1 ] && cpu=max
qemu-aarch64 -cpu $cpu -L /usr/aarch64-linux-gnu "$work/conformance"
