"""A PopulationTable behaves as Python expects of a value: it pickles and copies to an equal
table (read back through the same checked reader as a file), crosses a process pool, and the
readers that take a path take a binary file-like object too."""
import concurrent.futures
import copy
import gzip
import io
import multiprocessing
import pickle
import zipfile

import pytest

import commissioning as c
from conftest import PERSONS_JSON

@pytest.fixture(scope="module")
def files(population_files):
    return population_files


KINDS = ["single-age", "quinary", "all", "male", "persons-json"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_table_pickles_with_every_protocol_and_copies_to_an_equal_table(files, kind):
    table = c.read_registrations(files[kind])
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(table, protocol))
        assert back == table and type(back) is c.PopulationTable
        assert back.to_pandas().equals(table.to_pandas())
    assert copy.copy(table) == table and copy.deepcopy(table) == table
    assert copy.deepcopy(table) is not table
    other = c.read_registrations(files["all" if kind != "all" else "quinary"])
    assert not (other == table) and other != table


def unpickled_from(state):
    table = c.PopulationTable.__new__(c.PopulationTable)
    table.__setstate__(state)
    return table


def test_a_tampered_pickle_state_raises_input_error_never_crashes(files):
    table = c.read_registrations(files["single-age"])
    [text] = table.__getstate__()
    assert unpickled_from((text,)) == table
    tampered = {
        "not JSON": text[: len(text) // 2],
        "another kind": text.replace('"population-table"', '"risk-register"', 1),
        "a negative count": text.replace("[", "[-", 3),
        "a count over 2^32": text.replace("[", "[4294967296", 3),
        "a repeated practice": text.replace('"A81002"', '"A81001"', 1),
        "an unknown sex": text.replace('"female"', '"other"', 1),
        "male + female is not persons": PERSONS_JSON.replace('"persons"]', '"male", "female", "persons"]')
                                                    .replace('"persons": 7', '"male": 1, "female": 2, "persons": 7'),
    }
    for what, state in tampered.items():
        with pytest.raises(c.InputError) as e:
            unpickled_from((state,))
        assert e.value.source == "<pickle>", what
    # The same through pickle itself: a state of the same length, one byte changed.
    data = pickle.dumps(table)
    assert data.count(b'"population-table"') == 1
    with pytest.raises(c.InputError):
        pickle.loads(data.replace(b'"population-table"', b'"population-tablE"'))
    for state in [(), (1,), (text, text), (b"{}",), "not a tuple", ("\ud800",)]:
        with pytest.raises((ValueError, TypeError)):
            unpickled_from(state)


def read_in_worker(path):
    # Runs in a worker process: the table crosses back by pickle.
    return c.read_registrations(path)


def test_tables_cross_a_process_pool(files):
    paths = [files[k] for k in KINDS]
    # fork: the worker function lives in this test module, which a spawned child cannot import by name.
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        tables = list(pool.map(read_in_worker, paths))
    assert tables == [c.read_registrations(p) for p in paths]


# ------------------------------------------------------------------ file-like objects

def zipped(data, name="month.csv"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)
    return buffer.getvalue()


def test_a_binary_file_like_object_reads_as_its_path(files, tmp_path):
    for kind in KINDS:
        path = files[kind]
        expected = c.read_registrations(path)
        data = path.read_bytes()
        gz = tmp_path / f"{kind}.gz"
        gz.write_bytes(gzip.compress(data))
        with open(path, "rb") as f:
            assert c.read_registrations(f) == expected
        with gzip.open(gz) as f:  # decompressed by Python
            assert c.read_registrations(f) == expected
        with open(gz, "rb") as f:  # decompressed by the library, as from the path
            assert c.read_registrations(f) == expected == c.read_registrations(gz)
        assert c.read_registrations(io.BytesIO(zipped(data))) == expected
        table, diagnostics = c.read_registrations_lenient(io.BytesIO(data))
        assert table == expected and diagnostics == c.read_registrations_lenient(path)[1]


def test_weights_read_from_a_file_like_object_as_from_their_path(tmp_path):
    from conftest import CLI
    import subprocess
    text = subprocess.run([str(CLI), "population", "weights"], check=True, capture_output=True).stdout
    path = tmp_path / "weights.csv"
    path.write_bytes(text)
    expected = c.AgeSexWeights.load(path)
    for stream in [io.BytesIO(text), io.BytesIO(gzip.compress(text)), open(path, "rb")]:
        with stream:
            w = c.AgeSexWeights.load(stream)
        assert w.to_text() == expected.to_text() and w.source == expected.source


class Named(io.BytesIO):
    name = "named-download.csv"


def test_errors_from_a_stream_name_it_by_its_name_or_as_stream(files, tmp_path):
    lines = files["single-age"].read_bytes().splitlines(keepends=True)
    lines[5] = lines[5].rsplit(b",", 1)[0] + b",-3\n"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"".join(lines))
    for stream, name in [(io.BytesIO(bad.read_bytes()), "<stream>"), (Named(bad.read_bytes()), "named-download.csv"),
                         (open(bad, "rb"), str(bad))]:
        with stream, pytest.raises(c.InputError) as e:
            c.read_registrations(stream)
        assert e.value.source == name and e.value.line == 6 and e.value.rule_id == "population.row.count"
        assert str(e.value).startswith(f"{name}:6")
    with pytest.raises(c.InputError) as e:
        c.read_registrations(io.BytesIO(zipped(bad.read_bytes(), "inner.csv")))
    assert e.value.source == "<stream>:inner.csv"


def test_a_text_mode_file_is_refused_with_a_type_error(files):
    with open(files["all"]) as f, pytest.raises(TypeError, match="binary mode"):
        c.read_registrations(f)
    with pytest.raises(TypeError):
        c.read_registrations(object())  # neither a path nor a file-like object


class Failing(io.RawIOBase):
    """Gives the first half of its bytes, then fails as a broken network share would."""
    def __init__(self, data):
        self.data = data[: len(data) // 2]

    def read(self, n=-1):
        if not self.data:
            raise OSError("the share went away")
        chunk, self.data = self.data[:100], self.data[100:]
        return chunk


class Endless(io.RawIOBase):
    def read(self, n=-1):
        return b"x" * n


def test_an_error_raised_by_read_reaches_the_caller_as_it_was(files):
    with pytest.raises(OSError, match="the share went away"):
        c.read_registrations(Failing(files["all"].read_bytes()))
    with pytest.raises(OSError, match="the share went away"):  # through the zip reader's C callbacks too
        c.read_registrations(Failing(zipped(files["all"].read_bytes())))


def test_an_endless_stream_is_refused_at_the_line_limit_not_read_to_the_end():
    with pytest.raises(c.InputError) as e:
        c.read_registrations(Endless())
    assert e.value.source == "<stream>" and e.value.line == 1
