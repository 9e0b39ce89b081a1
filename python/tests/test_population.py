"""Registered populations from Python: NumPy views without copies, tidy pandas, weighting."""
import csv
import decimal
import subprocess

import numpy as np
import pandas as pd
import pytest

import commissioning as c
from conftest import BUILD_DIR

CLI = BUILD_DIR / "tools" / "commissioning"


@pytest.fixture(scope="module")
def single_age(tmp_path_factory):
    path = tmp_path_factory.mktemp("regs") / "single-age.csv"
    subprocess.run([str(CLI), "population", "generate", "--seed", "7", "--practices", "60",
                    "--format", "single-age", "-o", str(path)], check=True)
    return path


@pytest.fixture(scope="module")
def weights():
    text = subprocess.run([str(CLI), "population", "weights"], check=True, capture_output=True, text=True).stdout
    return c.AgeSexWeights.from_text(text)


def test_the_real_january_2021_file_loads_with_totals_computed_independently(shared_file):
    path = shared_file("data/real/gp-reg-pat-prac-all-2021-01.csv")
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    table = c.read_registrations(str(path))
    assert table.practices == len(rows)
    assert table.total() == sum(int(r["NUMBER_OF_PATIENTS"]) for r in rows)
    by_ccg = {}
    for r in rows:
        by_ccg[r["CCG_CODE"]] = by_ccg.get(r["CCG_CODE"], 0) + int(r["NUMBER_OF_PATIENTS"])
    assert {row["code"]: row["patients"] for row in table.summarise("ccg")} == by_ccg


def test_counts_are_read_only_numpy_views_that_keep_the_table_alive(single_age):
    table = c.read_registrations(str(single_age))
    col = table.column("female", "37")
    assert col.dtype == np.uint32 and col.shape == (table.practices,)
    assert not col.flags.writeable and not col.flags.owndata
    assert np.shares_memory(col, table.column("female", "37"))  # the same memory, not a copy
    with pytest.raises(ValueError):
        col[0] = 1
    totals = table.totals("male")
    expected = sum(table.column("male", a) .astype(np.int64) for a in table.age_labels)
    assert (totals == expected).all()
    persons = table.totals()  # a male/female file: computed as male + female
    assert (persons == totals + table.totals("female")).all()
    del table
    assert int(totals.sum()) > 0  # still valid: the view owns a reference to its table


def test_to_pandas_is_tidy_and_agrees_with_summarise(single_age):
    table = c.read_registrations(str(single_age))
    df = table.to_pandas()
    assert list(df.columns) == ["practice", "ccg", "sex", "age", "patients"]
    assert len(df) == table.practices * len(table.sexes) * len(table.age_labels)
    assert df.patients.sum() == table.total()
    by_ccg = df.groupby("ccg").patients.sum()
    for row in table.summarise("ccg"):
        assert by_ccg[row["code"]] == row["patients"]
        assert row["male"] + row["female"] == row["patients"]


def test_weighting_and_per_head_allocation_on_a_stated_basis(single_age, weights):
    table = c.read_registrations(str(single_age))
    assert "illustrative" in weights.source
    weighted = table.weighted(weights)
    assert weighted.shape == (table.practices,)
    normalised = table.weighted(weights, normalise=True)
    assert normalised.sum() == pytest.approx(table.total())
    [england] = table.summarise("national", weights=weights)
    assert england["weighted"] == pytest.approx(weighted.sum())
    raw = c.per_head_allocation("£3.34 a head", table.total(), "raw")
    assert raw == decimal.Decimal(table.total()) * decimal.Decimal("3.34")


def test_bad_files_raise_with_the_line_or_report_it_leniently(tmp_path, single_age):
    lines = single_age.read_text().splitlines(keepends=True)
    lines[5] = lines[5].rsplit(",", 1)[0] + ",-3\n"
    bad = tmp_path / "bad.csv"
    bad.write_text("".join(lines))
    with pytest.raises(c.InputError) as e:
        c.read_registrations(str(bad))
    assert e.value.line == 6 and str(bad) in str(e.value)
    assert e.value.rule_id == "population.row.count"  # the rule the refusal is under
    table, diagnostics = c.read_registrations_lenient(str(bad))
    # The bad row (line 6) is reported by its line, and so is the practice whose ALL row no
    # longer matches its ages: nothing is dropped silently.
    assert any(d.path.startswith(f"{bad}:6:") for d in diagnostics)
    assert all(d.severity == c.Severity.ERROR for d in diagnostics)
    with pytest.raises(c.InputError) as absent:
        c.read_registrations(str(tmp_path / "absent.csv"))
    assert absent.value.rule_id is None  # cannot be opened: no rule was broken


def test_read_registrations_reads_a_json_table_too(tmp_path):
    # The library tells a registrations CSV from a saved table by its first bytes, and checks
    # a JSON table by the same population rules (male + female = persons).
    saved = tmp_path / "table.json"
    saved.write_text('{"ages": "total", "sexes": ["persons"],'
                     ' "practices": [{"code": "A81001", "commissioner": "00L", "persons": 100}]}')
    assert c.read_registrations(str(saved)).practices == 1
    saved.write_text('{"ages": "total", "sexes": ["male", "female", "persons"],'
                     ' "practices": [{"code": "A81001", "male": 1, "female": 2, "persons": 4}]}')
    with pytest.raises(c.InputError) as e:
        c.read_registrations(str(saved))
    assert e.value.rule_id == "population.practice.ages-sum" and e.value.field == "/practices/0/persons"
