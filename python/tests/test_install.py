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


def test_an_interpreter_the_module_was_not_built_for_is_told_which_one_it_was(tmp_path):
    import commissioning
    package = pathlib.Path(commissioning.__file__).parent
    copy = tmp_path / "commissioning"
    copy.mkdir()
    for f in package.iterdir():
        if f.suffix in {".py", ".pyi"}:
            (copy / f.name).write_bytes(f.read_bytes())
    # As if built for Python 3.10: this interpreter does not look for that file name.
    (copy / "_core.cpython-310-x86_64-linux-gnu.so").write_bytes(b"")
    out = subprocess.run([sys.executable, "-c", "import commissioning"], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(tmp_path)), cwd=tmp_path)
    assert out.returncode != 0
    assert "ImportError: commissioning's compiled module was built for another interpreter" in out.stderr
    assert "_core.cpython-310-x86_64-linux-gnu.so" in out.stderr and sys.executable in out.stderr
