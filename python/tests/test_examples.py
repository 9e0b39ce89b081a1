"""Every Python example runs as documented, so the examples never rot."""
import os
import pathlib
import subprocess
import sys

import pytest

from conftest import BUILD_DIR

EXAMPLES = sorted((pathlib.Path(__file__).resolve().parents[1] / "examples").glob("*.py"))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_runs(example):
    env = dict(os.environ, PYTHONPATH=str(BUILD_DIR / "python"))
    result = subprocess.run([sys.executable, str(example)], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip()
