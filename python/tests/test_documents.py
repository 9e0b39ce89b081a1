"""Meeting packs, budget reports and risk registers as an analyst uses them from Python."""
import copy
import os
import subprocess
import sys
import textwrap
import decimal
import json

import pytest

import commissioning as c
from commissioning import fixtures


@pytest.fixture(scope="module")
def pack():
    return fixtures.pccc_pack_2018()


def test_the_seed_pack_reports_stoke_inquorate_on_5_june(pack):
    import datetime
    assert pack.meeting_dates == [datetime.date(2018, 6, 5), datetime.date(2018, 7, 3)]
    by_committee = {q["committee"]: q for q in pack.quoracy(0)}
    assert by_committee["ns-pccc"]["quorate"]
    assert not by_committee["sot-pccc"]["quorate"]
    assert by_committee["sot-pccc"]["shortfalls"]


def test_validation_returns_diagnostics_with_rule_ids_and_paths(pack):
    diags = pack.validate()
    assert diags, "the real pack has findings"
    assert all(isinstance(d, c.Diagnostic) for d in diags)
    ids = {d.rule_id for d in diags}
    registered = {r["id"] for r in c.rules()}
    assert ids <= registered
    assert "governance.resolution.ratification-flagged" in ids
    # Each path is an RFC 6901 JSON Pointer into the pack's dict, as to_dict() writes it.
    doc = pack.to_dict()
    for d in diags:
        node = doc
        for token in d.path.split("/")[1:]:
            key = token.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
    assert any(d.path.startswith("/meetings/0/") for d in diags)


def test_documents_round_trip_through_dicts_json_files_and_archives(pack, tmp_path):
    assert c.MeetingPack.from_dict(pack.to_dict()) == pack
    assert c.MeetingPack.from_json(pack.to_json()) == pack
    path = tmp_path / "pack.json"
    pack.save(str(path))
    assert c.MeetingPack.load(str(path)) == pack
    for fmt in ("text", "xml", "binary"):
        assert c.MeetingPack.load_archive(pack.save_archive(fmt), fmt) == pack
    assert copy.deepcopy(pack) == pack
    assert repr(pack).startswith("MeetingPack(")


def test_bad_documents_raise_input_errors_with_the_json_path(tmp_path):
    with pytest.raises(c.InputError) as e:
        c.MeetingPack.from_dict({"kind": "meeting-pack", "title": 3})
    assert e.value.field.startswith("/")
    with pytest.raises(c.InputError):
        c.MeetingPack.load(str(tmp_path / "missing.json"))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(c.InputError, match="not valid JSON"):
        c.MeetingPack.load(str(bad))
    with pytest.raises(c.InputError):
        c.MeetingPack.load_archive(b"\xff" * 10, "binary")
    with pytest.raises(TypeError):
        c.MeetingPack.from_dict(None)


def test_budget_appendices_reconcile_within_the_default_tolerance():
    appendices = fixtures.seed000_month2_appendices()
    assert len(appendices) == 4
    for report in appendices:
        default = report.reconcile()
        exact = report.reconcile(tolerance_steps=0)
        assert len(default["checks"]) == len(exact["checks"]) > 0
        assert exact["outside_tolerance"] >= default["outside_tolerance"]
        for check in default["checks"]:
            assert isinstance(check["drift"], decimal.Decimal)
            assert check["drift"] == check["stated"] - check["expected"]


def test_budget_reports_round_trip_through_csv():
    report = fixtures.seed000_month2_appendices()[0]
    assert c.BudgetReport.from_csv(report.to_csv()) == report
    with pytest.raises(c.InputError, match="unit"):
        c.BudgetReport.from_csv(report.to_csv().replace("£'000s", "£ 0005"))


def test_per_head_allocation_keeps_the_basis():
    assert c.per_head_allocation("£3.34 a head", 233_652, "ons") == decimal.Decimal("780397.68")
    with pytest.raises(c.ParseError):
        c.per_head_allocation("£3.34 a head", 1, "guesswork")


def test_the_seed_risks_are_score_only_so_the_heat_map_counts_them_beside_the_grid():
    register = fixtures.staffordshire_gpfv_risks()
    heat = register.heat_map()
    assert sum(map(sum, heat["cells"])) == 0
    assert sum(heat["score_only"].values()) > 0
    assert any(d.rule_id == "risk.entry.score-only" for d in register.validate())
    assert c.RiskRegister.from_dict(register.to_dict()) == register


def test_a_dict_that_cannot_be_a_document_raises_input_error_not_another_exception():
    with pytest.raises(c.InputError, match="Unicode"):
        c.MeetingPack.from_dict({"kind": "meeting-pack", "title": "caf\udc80"})
    deep = {}
    for _ in range(100_000):
        deep = {"x": deep}
    with pytest.raises(c.InputError, match="nests too deeply"):
        c.MeetingPack.from_dict(deep)
    circular = {"kind": "meeting-pack"}
    circular["title"] = circular
    with pytest.raises(c.InputError, match="not a document"):
        c.MeetingPack.from_dict(circular)
    with pytest.raises(c.InputError, match="not JSON compliant"):
        c.RiskRegister.from_dict({"name": "r", "appetite": float("nan"), "entries": []})
    with pytest.raises(TypeError):  # a value JSON cannot hold is a type error, as in json.dumps
        c.MeetingPack.from_dict({"kind": "meeting-pack", "title": {1, 2}})


def test_programmes_validate():
    for programme in (fixtures.staffordshire_gpfv_june_2018(), fixtures.dorset_programme(), fixtures.wolverhampton_programme()):
        assert c.Programme.from_json(programme.to_json()) == programme
        assert all(isinstance(d, c.Diagnostic) for d in programme.validate())


def test_a_document_with_bytes_that_are_not_utf8_raises_input_error_naming_the_file(tmp_path):
    # The parser's message quotes the bad bytes; it must still reach Python as an InputError.
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'{"kind":"meeting-pack","title":"caf\xc3\x28","committees":[],"members":[],"meetings":[]}')
    with pytest.raises(c.InputError, match="bad.json") as e:
        c.MeetingPack.load(str(bad))
    assert "json.exception" not in str(e.value)


def test_a_file_name_that_is_not_utf8_is_opened_by_its_bytes(tmp_path):
    # os.fsencode's bytes reach open(2) unchanged; the error names the file, as for any other.
    name = os.fsencode(str(tmp_path)) + b"/\xff.json"
    with open(name, "wb") as f:
        f.write(b'{"kind": "risk-register", "name": "r", "entries": []}')
    assert c.RiskRegister.load(name).to_dict()["name"] == "r"
    missing = os.fsencode(str(tmp_path)) + b"/\xfe-missing.json"
    with pytest.raises(c.InputError) as e:
        c.RiskRegister.load(missing)
    assert os.fsencode(e.value.source) == missing


def test_reading_releases_the_gil_so_a_thread_can_feed_a_fifo(tmp_path):
    # Run in a child with a timeout: holding the GIL while blocked in open() would hang forever.
    script = textwrap.dedent(f"""
        import os, threading, commissioning as c
        fifo = {str(tmp_path / "reg.fifo")!r}
        os.mkfifo(fifo)
        rows = "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\\n"
        rows += "GP_PRAC_PAT_LIST,01JAN2021,GP,00L,E38000130,Y99001,ZZ1 1ZZ,ALL,ALL,5903\\n"
        def feed():
            with open(fifo, "w") as f:
                f.write(rows)
        t = threading.Thread(target=feed)
        t.start()
        table = c.read_registrations(fifo)
        t.join()
        print(table.total())
    """)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "5903"
