#!/bin/sh
# stress_qemu.sh BPFAOT ROOT WORKDIR NAME BPF_OBJ MAIN_C
# tests/x86's tail-call stress test (threads running chains while another rewrites the
# prog array) built for aarch64 and aarch64-lse and run under qemu: every outcome must be
# valid (the program's exit status). 77 without the cross tools.
set -eu
bpfaot=$1 root=$2 work=$3 name=$4 obj=$5 main=$6
for tool in aarch64-linux-gnu-gcc qemu-aarch64; do
	command -v $tool >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done
"$root/scripts/setup-arm64.sh" >/dev/null
mkdir -p "$work"
status=0
for target in aarch64 aarch64-lse; do
	"$bpfaot" compile --target $target --name "$name" -o "$work/$target.aot.o" "$obj"
	aarch64-linux-gnu-gcc -I"$root/runtime" -o "$work/$target" "$main" "$work/$target.aot.o" \
		"$root/build-aarch64/runtime/libbpfaot.a" -lpthread
	printf '%s: ' $target
	BPFAOT_STRESS_SECONDS=${BPFAOT_STRESS_SECONDS:-2} \
		qemu-aarch64 -L /usr/aarch64-linux-gnu "$work/$target" || status=1
done
exit $status
