"""Benchmarks: each module runs with `python -m bench.NAME` (see the Makefile's bench targets)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_process(module: str, *args: str) -> dict:
    """Run `python -m MODULE --one ARGS...` in a fresh process (so each measure starts
    cold and its peak RSS is its own) and return the JSON of its last output line."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-m", module, "--one", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"{module} --one {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
