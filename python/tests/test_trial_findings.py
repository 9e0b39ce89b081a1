"""What an independent trial of the Python package broke, kept as specifications."""
import io
import os
import pickle
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

import commissioning as c
from conftest import BUILD_DIR, PERSONS_JSON


@pytest.mark.parametrize("protocol", [0, 1])
def test_pickle_protocols_before_2_are_refused_with_an_exception_not_an_abort(protocol):
    table = c.read_registrations(io.BytesIO(PERSONS_JSON.encode()))
    with pytest.raises(pickle.PicklingError, match="protocol 2 or later"):
        pickle.dumps(table, protocol=protocol)
    assert pickle.loads(pickle.dumps(table, protocol=2)) == table


def test_a_path_holding_a_nul_byte_is_refused_not_cut_at_the_nul(tmp_path):
    cut = tmp_path / "a"
    cut.write_text(PERSONS_JSON)
    with pytest.raises(c.InputError, match="NUL byte"):
        c.read_registrations(str(cut) + "\x00.anything")


def test_a_count_written_as_text_cannot_inject_a_row():
    frame = pd.DataFrame({"practice": ["A84002"], "ccg": ["00L"], "sex": ["persons"], "age": ["ALL"],
                          "patients": ["5903\n00L,A84003,ALL,ALL,14738"]})
    with pytest.raises(c.InputError) as e:
        c.PopulationTable.from_pandas(frame)
    assert e.value.row == 0


def test_missing_optional_cells_are_empty_not_the_text_none_or_nan():
    frame = pd.DataFrame({"practice": ["A84002", "A84003"], "ccg": ["00L", "00L"], "ons_ccg": [float("nan"), "E38000130"],
                          "postcode": [None, "NE63 9UT"], "sex": ["persons", "persons"], "age": ["ALL", "ALL"],
                          "patients": [5903, 14738]})
    table = c.PopulationTable.from_pandas(frame)
    assert table.postcodes == ["", "NE63 9UT"]
    assert table.ons_commissioners == ["", "E38000130"]


def test_two_threads_first_summarise_by_in_a_fresh_process_finish():
    # A child with a timeout: the deadlock hung for good (numpy's C API looked up lazily).
    script = textwrap.dedent(f"""
        import datetime, io, threading, commissioning as c
        t = c.read_registrations(io.BytesIO({PERSONS_JSON!r}.encode()))
        h = c.OrganisationHierarchy()
        h.add("A81001", "00L", "ccg", datetime.date(2020, 1, 1))
        threads = [threading.Thread(target=lambda: t.summarise_by(h, "ccg")) for _ in range(2)]
        for x in threads: x.start()
        for x in threads: x.join()
        print("done")
    """)
    env = dict(os.environ, PYTHONPATH=str(BUILD_DIR / "python"))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "done"


def test_frame_attrs_of_the_wrong_type_are_a_type_error_naming_the_key():
    frame = pd.DataFrame({"practice": ["A84002"], "ccg": ["00L"], "sex": ["persons"], "age": ["ALL"], "patients": [5903]})
    frame.attrs = {"extract_date": "garbage"}
    with pytest.raises(TypeError, match=r"frame.attrs\['extract_date'\] must be a datetime.date, not str"):
        c.PopulationTable.from_pandas(frame)
