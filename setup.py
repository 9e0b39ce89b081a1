"""Builds the `commissioning._core` extension with the project's CMake (see pyproject.toml).

setuptools has no CMake support of its own; this runs CMake in Release for the one target the
package needs and copies the module where setuptools expects the extension."""
import os
import pathlib
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent


def project_version():
    text = (ROOT / "CMakeLists.txt").read_text()
    match = re.search(r"project\(\s*commissioning\s+VERSION\s+([0-9.]+)", text)
    if not match:
        raise RuntimeError("no project(commissioning VERSION x.y.z) in CMakeLists.txt")
    return match.group(1)


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        # COMMISSIONING_CMAKE_BUILD_DIR keeps the CMake tree between installs (the install test
        # uses it so that a rerun is incremental); otherwise setuptools' own build_temp.
        build_dir = pathlib.Path(os.environ.get("COMMISSIONING_CMAKE_BUILD_DIR") or self.build_temp).resolve()
        build_type = os.environ.get("COMMISSIONING_CMAKE_BUILD_TYPE", "Release")
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build_dir),
            f"-DCMAKE_BUILD_TYPE={build_type}",
            f"-DPython3_EXECUTABLE={sys.executable}",
            "-DCOMMISSIONING_BUILD_PYTHON=ON",
            "-DCOMMISSIONING_BUILD_TESTS=OFF",
            "-DCOMMISSIONING_BUILD_TOOLS=OFF",
            "-DCOMMISSIONING_BUILD_EXAMPLES=OFF",
        ]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        if shutil.which("ccache"):
            configure.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
        # A tree configured with another generator cannot be reconfigured with Ninja.
        cache = build_dir / "CMakeCache.txt"
        if cache.exists() and ("Ninja" in " ".join(configure)) != ("CMAKE_GENERATOR:INTERNAL=Ninja" in cache.read_text()):
            shutil.rmtree(build_dir)
        subprocess.run(configure, check=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 1))
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "commissioning_python", "-j", jobs], check=True)
        built = sorted((build_dir / "python" / "commissioning").glob("_core*.so"))
        if len(built) != 1:
            raise RuntimeError(f"expected one _core module in {build_dir / 'python' / 'commissioning'}, found {built}")
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[0], target)


setup(
    version=project_version(),
    ext_modules=[Extension("commissioning._core", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
)
