import os
import pathlib
import subprocess
import sys

import pytest

# The package is imported from the build tree (PYTHONPATH set by ctest / scripts/test).
BUILD_DIR = pathlib.Path(os.environ.get("COMMISSIONING_BUILD_DIR", pathlib.Path(__file__).resolve().parents[2] / "build" / "dev"))
# ctest passes COMMISSIONING_SHARED_DIR empty when CMake was not told it (tests/CMakeLists.txt sets its
# default in its own directory scope only): empty means the default, not the current directory.
SHARED_DIR = pathlib.Path(os.environ.get("COMMISSIONING_SHARED_DIR") or pathlib.Path(__file__).resolve().parents[3] / "shared")
if str(BUILD_DIR / "python") not in sys.path:
    sys.path.insert(0, str(BUILD_DIR / "python"))


@pytest.fixture
def shared_file():
    """Path to a file in ../shared, or skip the test with a message when it is absent."""
    def get(relative):
        path = SHARED_DIR / relative
        if not path.exists():
            pytest.skip(f"{path} is absent (it lives in ../shared beside the project)")
        return path
    return get


CLI = BUILD_DIR / "tools" / "commissioning"


def generate_registrations(path, practices, fmt="single-age", seed=7):
    """Writes a synthetic NHS Digital registrations file with the CLI and returns its path."""
    subprocess.run([str(CLI), "population", "generate", "--seed", str(seed), "--practices", str(practices),
                    "--format", fmt, "-o", str(path)], check=True)
    return path
