#!/usr/bin/env python3
"""Runs a command and reports its peak resident memory (the kernel's ru_maxrss of the process,
the same high-water mark as VmHWM in /proc/PID/status, which `rewire bench` reports for itself).

usage: peak-rss.py [--out FILE] COMMAND [ARG...]

The command's output passes through unchanged. Its peak RSS in MiB goes to FILE (one number), or
to stderr as "peak RSS: N MiB" without --out. The exit code is the command's. A launcher that
ends in `exec java ...` (./rewire does) is measured as the JVM: exec keeps the process.
"""
import os
import subprocess
import sys


def main(argv):
    out = None
    if argv[:1] == ["--out"]:
        if len(argv) < 3:
            sys.exit("usage: peak-rss.py [--out FILE] COMMAND [ARG...]")
        out, argv = argv[1], argv[2:]
    if not argv:
        sys.exit("usage: peak-rss.py [--out FILE] COMMAND [ARG...]")
    child = subprocess.Popen(argv)
    _, status, usage = os.wait4(child.pid, 0)
    mib = usage.ru_maxrss // 1024  # Linux reports KiB
    if out:
        with open(out, "w") as f:
            f.write(f"{mib}\n")
    else:
        print(f"peak RSS: {mib} MiB", file=sys.stderr)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
