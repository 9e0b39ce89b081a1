"""`pip install .` works offline and gives an optimised package with its metadata.

There is no PyPI here, so the install is the documented one: a venv that sees Debian's
packages, and no build isolation (setuptools and numpy come from Debian). This is a Release
build of the library, so ctest runs it as its own test with a long timeout; the CMake tree is
kept in the dev build directory so that a rerun is incremental."""
import json
import os
import pathlib
import re
import subprocess
import sys

from conftest import BUILD_DIR

ROOT = pathlib.Path(__file__).resolve().parents[2]


def cmake_project_version():
    return re.search(r"project\(\s*commissioning\s+VERSION\s+([0-9.]+)", (ROOT / "CMakeLists.txt").read_text()).group(1)


def test_pip_install_into_a_fresh_venv_gives_an_optimised_package_with_metadata(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    env = dict(os.environ,
               COMMISSIONING_CMAKE_BUILD_DIR=str(BUILD_DIR / "pip-release"),
               CMAKE_BUILD_PARALLEL_LEVEL=os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2"),
               CCACHE_BASEDIR=str(ROOT), CCACHE_NOHASHDIR="1", PIP_NO_INDEX="1")
    env.pop("PYTHONPATH", None)  # the build tree's package must not be what gets imported
    install = subprocess.run([str(venv / "bin" / "pip"), "install", "--no-build-isolation", str(ROOT)],
                             capture_output=True, text=True, env=env)
    assert install.returncode == 0, install.stdout[-4000:] + install.stderr[-4000:]

    probe = """
import importlib.metadata as md, json, pathlib, commissioning as c
files = {p.name for p in pathlib.Path(c.__file__).parent.iterdir()}
print(json.dumps({"file": c.__file__, "version": md.version("commissioning"), "module_version": c.__version__,
                  "build_type": c.build_type, "optimised": c.optimised, "files": sorted(files),
                  "requires": md.requires("commissioning"), "money": str(c.parse_money("£1,427k"))}))
"""
    out = subprocess.run([str(venv / "bin" / "python"), "-c", probe], capture_output=True, text=True, env=env,
                         cwd=tmp_path, check=True)
    got = json.loads(out.stdout)
    assert got["file"].startswith(str(venv)), got["file"]
    assert got["version"] == got["module_version"] == cmake_project_version()
    assert got["build_type"] == "Release" and got["optimised"] is True
    assert {"py.typed", "__init__.pyi", "fixtures.pyi"} <= set(got["files"])
    assert any(r.startswith("numpy") for r in got["requires"])
    assert got["money"] == "1427000.00"


def test_the_module_reports_the_build_it_came_from():
    # The other side of the check above: the suite's own module (Debug in the dev preset) says
    # what CMake built, so "Release" and optimised above are facts, not constants.
    import commissioning
    cache = (BUILD_DIR / "CMakeCache.txt").read_text()
    build_type = re.search(r"^CMAKE_BUILD_TYPE:STRING=(.*)$", cache, flags=re.M).group(1)
    assert commissioning.build_type == build_type
    assert commissioning.optimised is (build_type != "Debug")
