#!/usr/bin/env bash
# setup.sh - install what is missing (Debian 12 packages) and build bpfaot.
# Idempotent: packages already installed are not touched, an existing build dir is reused.
#
#   scripts/setup.sh            install + build ./build
#   scripts/setup.sh --asan     also build ./build-asan (AddressSanitizer + UBSan)
#   scripts/setup.sh --tsan     also build ./build-tsan (ThreadSanitizer)
#   scripts/setup.sh --clang    also build ./build-clang with clang (-Werror clean there too)
#   scripts/setup.sh --arm64    also build the arm64 runtime (see docs/arm64.md)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
	meson ninja-build pkg-config gcc g++ python3
	libelf-dev libbpf-dev zlib1g-dev libzstd-dev
	llvm-19 llvm-19-dev clang-19 lld-19 clang llvm
	bpftool
	qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross
)

missing_packages() {
	local p
	for p in "${packages[@]}"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
	done
}

install_missing() {
	local missing
	missing=$(missing_packages)
	[ -z "$missing" ] && return 0
	echo "setup: installing:" $missing
	local sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	$sudo apt-get update -q
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing </dev/null
}

# meson setup DIR ARGS... unless DIR is already configured.
configure() {
	local dir=$1
	shift
	if [ ! -f "$dir/build.ninja" ]; then
		meson setup "$dir" --native-file meson/llvm19.ini "$@"
	fi
}

install_missing
configure build
ninja -C build
for arg in "$@"; do
	case "$arg" in
	--asan)
		configure build-asan -Db_sanitize=address,undefined -Db_lundef=false
		ninja -C build-asan
		;;
	--clang)
		CC=clang CXX=clang++ configure build-clang
		ninja -C build-clang
		;;
	--tsan)
		configure build-tsan -Db_sanitize=thread -Db_lundef=false
		ninja -C build-tsan
		;;
	--arm64)
		if [ -x scripts/setup-arm64.sh ]; then scripts/setup-arm64.sh; fi
		;;
	*)
		echo "setup: unknown option $arg" >&2
		exit 2
		;;
	esac
done
