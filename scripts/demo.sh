#!/usr/bin/env bash
# demo.sh - set up (scripts/setup.sh) and run the main job on the bundled example:
# the flowcount daemon (examples/flowcount), whose BPF programs the build compiles with
# clang and bpfaot and links in as native code, run over the bundled capture.
# Idempotent: re-running rebuilds only what changed (edit flowcount.bpf.c and re-run).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
echo "demo: bpfaot compiled examples/flowcount/flowcount.bpf.c into the daemon; running it on examples/flowcount/sample.pcap"
exec build/examples/flowcount/flowcount examples/flowcount/sample.pcap
