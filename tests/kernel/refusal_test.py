#!/usr/bin/env python3
"""refusal_test.py KERNEL_REF OBJ PROG - kernel_ref's contract when the kernel refuses:
exit 77 and exactly one line on stderr saying why, nothing on stdout.

Run as root, it drops to an unprivileged user (setpriv) so that the kernel refuses bpf();
run as anyone else, the refusal is the real one. Either way the result is PASS or FAIL:
this checks kernel_ref, not the machine."""
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    kernel_ref, obj, prog = sys.argv[1:4]
    with tempfile.TemporaryDirectory(prefix="kernel-ref-refusal-") as tmp:
        # copies an unprivileged user can read whatever the build dir's permissions are
        os.chmod(tmp, 0o755)
        exe = shutil.copy(kernel_ref, os.path.join(tmp, "kernel_ref"))
        o = shutil.copy(obj, os.path.join(tmp, "obj.o"))
        os.chmod(exe, 0o755)
        os.chmod(o, 0o644)
        cmd = [exe, o, "--prog", prog]
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                print("setpriv (util-linux) is missing: cannot drop root")
                return 77
            cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + cmd
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    lines = p.stderr.splitlines()
    print("$", " ".join(cmd))
    print(f"exit {p.returncode}; stderr: {p.stderr!r}")
    ok = p.returncode == 77 and len(lines) == 1 and "refused" in lines[0] and not p.stdout
    print("PASS" if ok else "FAIL: expected exit 77, one line on stderr, empty stdout")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
