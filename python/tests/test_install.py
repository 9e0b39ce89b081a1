"""The documented install path works: `cmake --install <build> --component python --prefix P`
then the package imports from P's site-packages in a fresh interpreter."""
import os
import pathlib
import subprocess
import sys
import sysconfig

from conftest import BUILD_DIR


def test_cmake_install_of_the_python_component(tmp_path):
    prefix = tmp_path / "prefix"
    subprocess.run(["cmake", "--install", str(BUILD_DIR), "--component", "python", "--prefix", str(prefix)],
                   check=True, capture_output=True)
    site = prefix / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    assert (site / "commissioning" / "__init__.py").exists()
    assert (site / "commissioning" / "__init__.pyi").exists()
    env = dict(os.environ, PYTHONPATH=str(site))
    out = subprocess.run([sys.executable, "-c", "import commissioning as c; print(c.__file__, c.parse_money('£3.34'))"],
                         check=True, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.stdout.split() == [str(site / "commissioning" / "__init__.py"), "3.34"]
