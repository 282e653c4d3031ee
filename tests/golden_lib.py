"""Shared by the golden-output tests: compare an output with its golden file, or rewrite
the golden file when a refresh was asked for (--refresh, or BPFAOT_REFRESH_GOLDEN=1).

A refreshed golden file is reviewed as a diff (`git diff tests/`) before it is committed."""
import difflib
import os
import sys


def refresh_requested(flag=False):
    return flag or os.environ.get('BPFAOT_REFRESH_GOLDEN') == '1'


def check(path, actual, refresh, hint='refresh it and review the diff'):
    """Return True when `actual` equals the golden file at `path` (or it was refreshed)."""
    if refresh:
        with open(path, 'w') as f:
            f.write(actual)
        print(f'wrote {path}')
        return True
    try:
        with open(path) as f:
            expected = f.read()
    except FileNotFoundError:
        print(f'{path}: missing golden file ({hint})')
        return False
    if actual != expected:
        print(f'{path}: differs')
        sys.stdout.writelines(difflib.unified_diff(
            expected.splitlines(True), actual.splitlines(True), path, 'actual'))
        return False
    print(f'{path}: ok')
    return True
