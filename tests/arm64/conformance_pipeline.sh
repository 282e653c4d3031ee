#!/bin/sh
# conformance_pipeline.sh BPFAOT SRCROOT CONFORMANCE_DIR WORKDIR TARGET [QEMU_CPU]
# The conformance corpus through the whole pipeline for aarch64: `bpfaot compile
# --target TARGET` of every ELF object, linked by aarch64-linux-gnu-gcc with the runtime
# cross-built in SRCROOT/build-aarch64 (configured and brought up to date here), run
# under qemu-aarch64. Prints "N passed, N failed". 77 without the cross tools.
set -eu
bpfaot=$1 root=$2 corpus=$3 work=$4 target=$5 cpu=${6:-max}
for tool in aarch64-linux-gnu-gcc qemu-aarch64; do
	command -v $tool >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done
"$root/scripts/setup-arm64.sh" >/dev/null
CONFORMANCE_TARGET=$target \
CONFORMANCE_EXEC="qemu-aarch64 -cpu $cpu -L /usr/aarch64-linux-gnu" \
	exec python3 "$root/tests/conformance/conformance.py" "$bpfaot" aarch64-linux-gnu-gcc \
	"$root/build-aarch64/runtime/libbpfaot.a" "$corpus" "$work"
