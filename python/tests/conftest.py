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


PERSONS_JSON = ('{"ages": "total", "sexes": ["persons"], "publication": "GP_PRAC_PAT_LIST", "extract_date": "2021-01-01",'
                ' "practices": [{"code": "A81001", "commissioner": "00L", "ons_commissioner": "E38000130",'
                ' "postcode": "NE65 7UW", "persons": 100}, {"code": "A81002", "persons": 7}]}')


@pytest.fixture(scope="session")
def population_files(tmp_path_factory):
    """Small tables of every shape the library reads, by kind: generated single-age, quinary and
    all-ages months; one sex of the single-age month (as NHS Digital publishes single years);
    the all-ages month with Sub-ICB columns; JSON tables of persons (with and without
    commissioners)."""
    d = tmp_path_factory.mktemp("population")
    out = {fmt: generate_registrations(d / f"{fmt}.csv", 25, fmt) for fmt in ["single-age", "quinary", "all"]}
    lines = out["single-age"].read_text().splitlines(keepends=True)
    for sex in ["male", "female"]:
        (d / f"{sex}.csv").write_text(lines[0] + "".join(l for l in lines[1:] if f",{sex.upper()}," in l))
        out[sex] = d / f"{sex}.csv"
    out["sub-icb"] = d / "sub-icb.csv"
    out["sub-icb"].write_text(out["all"].read_text().replace("CCG_CODE", "SUB_ICB_LOCATION_CODE", 2))
    out["persons-json"] = d / "persons.json"
    out["persons-json"].write_text(PERSONS_JSON)
    out["no-commissioner"] = d / "no-commissioner.json"
    out["no-commissioner"].write_text('{"ages": "total", "sexes": ["persons"],'
                                      ' "practices": [{"code": "A81001", "persons": 100}, {"code": "A81002", "persons": 7}]}')
    return out
