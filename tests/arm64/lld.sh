# lld.sh - sourced by the arm64 link tests: lld_flags WORKDIR prints the flags that make
# aarch64-linux-gnu-gcc link with LLVM's lld. scripts/setup.sh installs lld-19, whose
# linker is ld.lld-19 (a plain ld.lld comes only with other packages); the cross gcc looks
# for ld.lld only in its own program path, so WORKDIR/lld/ld.lld points at it. Fails when
# no lld is installed: the lld half of a test is never silently dropped.
lld_flags() {
	lld=$(command -v ld.lld-19 || command -v ld.lld) || {
		echo "ld.lld-19 not found (scripts/setup.sh installs lld-19)" >&2
		return 1
	}
	mkdir -p "$1/lld"
	ln -sf "$lld" "$1/lld/ld.lld"
	echo "-B$1/lld/ -fuse-ld=lld"
}
