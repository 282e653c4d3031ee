#!/usr/bin/env bash
# setup-arm64.sh - cross-build the runtime library for aarch64 into ./build-aarch64
# (meson/aarch64-linux-gnu.ini; see docs/arm64.md). Called by `scripts/setup.sh --arm64`.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in aarch64-linux-gnu-gcc qemu-aarch64; do
	if ! command -v "$tool" >/dev/null; then
		echo "setup-arm64: $tool not found (apt install gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user)" >&2
		exit 1
	fi
done
if [ ! -f build-aarch64/build.ninja ]; then
	meson setup build-aarch64 --cross-file meson/aarch64-linux-gnu.ini
fi
ninja -C build-aarch64
