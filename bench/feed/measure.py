#!/usr/bin/env python3
"""Runs a command and prints its wall time, CPU time (user+sys) and peak memory as one JSON line.

Usage: measure.py LABEL -- COMMAND [ARGS...]
CPU and peak RSS come from getrusage(RUSAGE_CHILDREN), so they cover the command and anything it
waits for, and nothing else (the loopback feed server runs in another process tree).
"""
import json
import resource
import subprocess
import sys
import time

label = sys.argv[1]
command = sys.argv[sys.argv.index("--") + 1:]
start = time.monotonic()
result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"label": label, "exit": result.returncode, "wall_s": round(wall, 2),
                  "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
                  "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}))
