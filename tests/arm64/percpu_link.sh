#!/bin/sh
# percpu_link.sh BPFAOT ROOT WORKDIR BPF_OBJ MAIN_C WRAP_C
# The inlined per-CPU array lookups reach the runtime's CPU slot, an initial-exec TLS
# variable, through R_AARCH64_TLSIE_* relocations. Compile BPF_OBJ (percpulookup.bpf.c)
# for aarch64 and link it every way a user might, with GNU ld and with lld: a PIE and a
# non-PIE executable with the static runtime, a PIE with the shared runtime, a shared
# library using the shared runtime, and a shared library that contains the static
# runtime. Each must run MAIN_C's checks under qemu (cortex-a53). 77 without the tools.
set -eu
bpfaot=$1 root=$2 work=$3 obj=$4 main=$5 wrap=$6
for tool in aarch64-linux-gnu-gcc aarch64-linux-gnu-readelf qemu-aarch64; do
	command -v $tool >/dev/null 2>&1 || { echo "skipped: $tool not found"; exit 77; }
done
"$root/scripts/setup-arm64.sh" >/dev/null
mkdir -p "$work"
inc="$root/runtime"
rt="$root/build-aarch64/runtime"
status=0

"$bpfaot" compile --target aarch64 --name pl -o "$work/pl.o" "$obj"
# The object must name the slot with the TLS IE relocations and as an STT_TLS symbol.
relocs=$(aarch64-linux-gnu-readelf -rW "$work/pl.o")
for r in R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21 R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC; do
	echo "$relocs" | grep -q "$r .*bpfaot_tls_cpu_slot" || { echo "no $r in pl.o"; status=1; }
done
aarch64-linux-gnu-readelf -sW "$work/pl.o" | grep -q "TLS .*UND bpfaot_tls_cpu_slot" ||
	{ echo "bpfaot_tls_cpu_slot is not an undefined STT_TLS symbol"; status=1; }

wrapflag=-Wl,--wrap=bpfaot_helper_map_lookup_elem
run() { # label exe
	if qemu-aarch64 -cpu cortex-a53 -L /usr/aarch64-linux-gnu "$2" >"$work/$1.out" 2>&1; then
		echo "$1: ok"
	else
		echo "$1: FAILED"; cat "$work/$1.out"; status=1
	fi
}
. "$root/tests/arm64/lld.sh"
lld=$(lld_flags "$work")
for l in gnu lld; do
	ld=""
	[ $l = lld ] && ld=$lld
	d="$work/$l"
	mkdir -p "$d"
	# shellcheck disable=SC2086 # $ld is a list of flags
	{
	aarch64-linux-gnu-gcc $ld -pie -I"$inc" -o "$d/pie-static" "$main" "$wrap" "$work/pl.o" \
		"$rt/libbpfaot.a" -lpthread $wrapflag
	run "$l-pie-static-runtime" "$d/pie-static"
	aarch64-linux-gnu-gcc $ld -no-pie -I"$inc" -o "$d/nopie-static" "$main" "$wrap" "$work/pl.o" \
		"$rt/libbpfaot.a" -lpthread $wrapflag
	run "$l-no-pie-static-runtime" "$d/nopie-static"
	aarch64-linux-gnu-gcc $ld -pie -I"$inc" -o "$d/pie-shared" "$main" "$wrap" "$work/pl.o" \
		"$rt/libbpfaot.so" -lpthread $wrapflag -Wl,-rpath,"$rt"
	run "$l-pie-shared-runtime" "$d/pie-shared"
	aarch64-linux-gnu-gcc $ld -shared -fPIC -o "$d/libpl.so" "$wrap" "$work/pl.o" \
		"$rt/libbpfaot.so" $wrapflag
	aarch64-linux-gnu-gcc $ld -fPIC -I"$inc" -o "$d/dso-shared" "$main" "$d/libpl.so" \
		"$rt/libbpfaot.so" -lpthread -Wl,-rpath,"$d:$rt"
	run "$l-shared-library-shared-runtime" "$d/dso-shared"
	aarch64-linux-gnu-gcc $ld -shared -fPIC -o "$d/libplrt.so" "$wrap" "$work/pl.o" \
		-Wl,--whole-archive "$rt/libbpfaot.a" -Wl,--no-whole-archive -lpthread $wrapflag
	aarch64-linux-gnu-gcc $ld -fPIC -I"$inc" -o "$d/dso-static" "$main" "$d/libplrt.so" \
		-lpthread -Wl,-rpath,"$d"
	run "$l-shared-library-static-runtime" "$d/dso-static"
	}
done
cat "$work/gnu-pie-static-runtime.out"
exit $status
