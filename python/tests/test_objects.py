"""Objects behave as Python expects: enumerations are enum.Enum, values pickle (so a process
pool can return them), paths may be pathlib.Path."""
import ast
import concurrent.futures
import copy
import datetime
import enum
import multiprocessing
import pathlib
import pickle

import pytest

import commissioning as c
from commissioning import fixtures

ENUMS = {"Severity": c.Severity, "MoneyUnit": c.MoneyUnit, "Rag": c.Rag}


def stub_enum_members():
    stub = pathlib.Path(c.__file__).with_name("__init__.pyi")
    out = {}
    for node in ast.parse(stub.read_text()).body:
        if isinstance(node, ast.ClassDef) and any(getattr(b, "attr", None) == "Enum" for b in node.bases):
            out[node.name] = {a.targets[0].id: a.value.value for a in node.body if isinstance(a, ast.Assign)}
    return out


def test_every_enumeration_is_an_enum_enum_matching_its_stub():
    stubs = stub_enum_members()
    runtime = {n for n in dir(c) if isinstance(getattr(c, n), enum.EnumMeta)}
    assert runtime == set(ENUMS) == set(stubs)
    for name, cls in ENUMS.items():
        assert issubclass(cls, enum.Enum)
        assert {m.name: m.value for m in cls} == stubs[name]
        assert all(isinstance(m, enum.Enum) and cls[m.name] is m and cls(m.value) is m for m in cls)
        assert cls.__module__ == "commissioning"


def test_enum_members_print_as_the_formats_spell_them():
    assert [str(s) for s in c.Severity] == ["error", "warning", "info"]
    assert c.Severity.WARNING.name == "WARNING" and c.Severity.WARNING.value == 1
    assert str(c.MoneyUnit.THOUSANDS) == "£'000s"
    assert f"{c.Rag.AMBER}" == "Amber"
    assert c.parse_rag("amber") is c.Rag.AMBER  # the library returns the members themselves


def test_enum_arguments_must_be_members():
    assert c.parse_reported_amount("-139", c.MoneyUnit.THOUSANDS).unit is c.MoneyUnit.THOUSANDS
    with pytest.raises(TypeError):
        c.parse_reported_amount("-139", 1)
    with pytest.raises(TypeError):
        c.Diagnostic(rule_id="x", severity="error", path="p", message="m")


def value_objects():
    [diagnostic] = c.parse_written_date("Monday 3rd July 2018").check("/meetings/0/date")
    return [
        diagnostic,
        c.Diagnostic(rule_id="core.x", severity=c.Severity.INFO, path="/a/0", message="£ and ü survive"),
        c.parse_reported_amount("-0", c.MoneyUnit.THOUSANDS),
        c.parse_reported_amount("(1,427.5)", c.MoneyUnit.MILLIONS),
        c.parse_written_date("Monday 3rd July 2018"),
        c.parse_written_date("1st September", year=2018),
        c.FinancialYear(2018),
        c.FinancialMonth(c.FinancialYear(2018), 2),
        c.Quarter.parse("Q3 2019/20"),
        c.OdsCode("A84002"),
        c.Severity.ERROR,
        c.Rag.BLUE,
    ]


@pytest.mark.parametrize("value", value_objects(), ids=repr)
def test_value_objects_pickle_and_copy_to_equal_values(value):
    # Protocols 0 and 1 predate __reduce_ex__ for C types and do not work with pybind11
    # classes; 2 and later (every default since Python 3.0) do.
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(value, protocol))
        assert back == value and type(back) is type(value)
    assert copy.deepcopy(value) == value


def test_documents_pickle_through_their_checked_loader():
    pack = fixtures.pccc_pack_2018()
    back = pickle.loads(pickle.dumps(pack))
    assert back == pack and back.validate() == pack.validate()
    report = fixtures.seed000_month2_appendices()[0]
    assert pickle.loads(pickle.dumps(report)) == report


def check_meeting_date(text):
    # Runs in a worker process: what it returns crosses back by pickle.
    return c.parse_written_date(text).check("/meetings/0/date"), c.parse_reported_amount("-139", c.MoneyUnit.THOUSANDS)


def test_a_process_pool_returns_diagnostics():
    texts = ["Monday 3rd July 2018", "Tuesday 3rd July 2018", "Friday 5 June 2018"]
    # fork: the worker function lives in this test module, which a spawned child cannot import by name.
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        results = list(pool.map(check_meeting_date, texts))
    assert [len(diags) for diags, _ in results] == [1, 0, 1]
    assert results[0][0][0].severity is c.Severity.WARNING
    assert results[0][0] == check_meeting_date(texts[0])[0]
    assert all(amount.value == -139000 for _, amount in results)


def test_paths_may_be_str_or_pathlib(tmp_path):
    pack = fixtures.pccc_pack_2018()
    pack.save(tmp_path / "pack.json")
    assert c.MeetingPack.load(tmp_path / "pack.json") == pack == c.MeetingPack.load(str(tmp_path / "pack.json"))
    saved = tmp_path / "table.json"
    saved.write_text('{"ages": "total", "sexes": ["persons"],'
                     ' "practices": [{"code": "A81001", "commissioner": "00L", "persons": 100}]}')
    assert c.read_registrations(saved).total() == c.read_registrations(str(saved)).total() == 100
    table, diagnostics = c.read_registrations_lenient(saved)
    assert table.total() == 100 and diagnostics == []
    with pytest.raises(TypeError):
        c.read_registrations(42)
    with pytest.raises(c.InputError) as e:
        c.read_registrations(tmp_path / "absent.csv")
    assert str(tmp_path / "absent.csv") in str(e.value)
