"""Registered populations from Python: NumPy views without copies, tidy pandas, weighting."""
import csv
import decimal
import subprocess

import numpy as np
import pandas as pd
import pytest

import commissioning as c
from conftest import CLI, generate_registrations


@pytest.fixture(scope="module")
def single_age(tmp_path_factory):
    path = tmp_path_factory.mktemp("regs") / "single-age.csv"
    return generate_registrations(path, 60)


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


def test_counts_are_int64_arrays_that_outlive_the_table(single_age):
    table = c.read_registrations(single_age)
    col = table.column("female", "37")
    assert col.dtype == np.int64 and col.shape == (table.practices,)
    totals = table.totals("male")
    assert totals.dtype == np.int64
    assert (totals == sum(table.column("male", a) for a in table.age_labels)).all()
    persons = table.totals()  # a male/female file: every patient is male + female
    assert (persons == totals + table.totals("female")).all()
    assert (table.totals("persons") == persons).all()
    assert (table.column("persons", "37") == col + table.column("male", "37")).all()
    del table
    assert int(totals.sum()) > 0  # a copy: nothing points into the freed table


def registrations_csv(path, counts):
    # The real all-ages layout (docs/population.md), one practice per count.
    lines = ["PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS"]
    lines += [f"GP_PRAC_PAT_LIST,01JAN2021,GP,00L,E38000130,A8400{i},NE65 7UW,ALL,ALL,{n}" for i, n in enumerate(counts)]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def test_to_pandas_of_an_all_ages_table_says_all(tmp_path):
    df = c.read_registrations(registrations_csv(tmp_path / "dec.csv", [5903, 14738])).to_pandas()
    assert df.age.tolist() == ["ALL", "ALL"] and df.age_from.isna().all()
    assert df.patients.tolist() == [5903, 14738] and df.sex.tolist() == ["persons", "persons"]


def test_month_on_month_changes_go_negative_without_wrapping(tmp_path):
    december = c.read_registrations(registrations_csv(tmp_path / "dec.csv", [5903, 14738]))
    january = c.read_registrations(registrations_csv(tmp_path / "jan.csv", [4236, 14740]))
    change = january.totals() - december.totals()
    assert change.tolist() == [-1667, 2]
    assert (january.totals("persons") * 300_000).tolist() == [4236 * 300_000, 14740 * 300_000]  # past 2**32


def single_sex_single_age(path, practices, sex="MALE"):
    """A single-year-of-age file for one sex, as NHS Digital publishes them (one file per sex):
    the given practices' real fields, an ALL row of their count and ages 0 … 94, 95+ adding up."""
    lines = ["PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS"]
    for r in practices:
        prefix = ",".join(r[k] for k in ["PUBLICATION", "EXTRACT_DATE", "TYPE", "CCG_CODE", "ONS_CCG_CODE", "CODE", "POSTCODE"])
        n = int(r["NUMBER_OF_PATIENTS"])
        lines.append(f"{prefix},{sex},ALL,{n}")
        ages = [str(a) for a in range(95)] + ["95+"]
        for k, age in enumerate(ages):
            lines.append(f"{prefix},{sex},{age},{n // 96 + (1 if k < n % 96 else 0)}")
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def check_single_sex_table(table, rows, sex):
    assert table.sexes == [sex]
    expected = [int(r["NUMBER_OF_PATIENTS"]) for r in rows]
    assert table.totals().tolist() == expected == table.totals(sex).tolist()
    assert table.total() == sum(expected) == table.total(sex)
    assert sum(table.column(sex, a) for a in table.age_labels).tolist() == expected
    other = "female" if sex == "male" else "male"
    for call in [lambda: table.totals(other), lambda: table.totals("persons"), lambda: table.column(other, "37"),
                 lambda: table.total(other)]:
        with pytest.raises(KeyError, match=f"holds {sex}"):
            call()
    by_ccg = {}
    for r in rows:
        by_ccg[r["CCG_CODE"]] = by_ccg.get(r["CCG_CODE"], 0) + int(r["NUMBER_OF_PATIENTS"])
    assert {g["code"]: g["patients"] for g in table.summarise("ccg")} == by_ccg
    df = table.to_pandas()
    assert set(df.sex) == {sex} and df.patients.sum() == sum(expected)


def test_single_sex_files_from_the_real_january_2021_layout(shared_file, tmp_path):
    with open(shared_file("data/real/gp-reg-pat-prac-all-2021-01.csv"), newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))[:300]
    for sex in ["male", "female"]:
        path = single_sex_single_age(tmp_path / f"{sex}.csv", rows, sex.upper())
        check_single_sex_table(c.read_registrations(path), rows, sex)


def test_single_sex_files_cut_from_a_generated_month(single_age, tmp_path):
    # The same check without ../shared: the male rows of a generated single-age month.
    with open(single_age, newline="") as f:
        reader = csv.DictReader(f)
        male = [r for r in reader if r["SEX"] == "MALE"]
    rows = [r for r in male if r["AGE"] == "ALL"]
    path = tmp_path / "male.csv"
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(male[0]))
        w.writeheader()
        w.writerows(male)
    check_single_sex_table(c.read_registrations(path), rows, "male")


def test_to_pandas_is_tidy_and_agrees_with_summarise(single_age):
    table = c.read_registrations(str(single_age))
    df = table.to_pandas()
    assert list(df.columns) == ["practice", "ccg", "ons_ccg", "postcode", "sex", "age", "age_from", "patients"]
    assert all(df[k].dtype == "category" for k in ["practice", "ccg", "ons_ccg", "postcode", "sex", "age"])
    assert df.attrs == {"publication": table.publication, "extract_date": table.extract_date, "sub_icb_columns": False}
    assert df.age.cat.ordered and list(df.age.cat.categories) == table.age_labels
    assert df.sort_values("age").age.drop_duplicates().tolist()[:12] == [str(a) for a in range(12)]
    assert df.age_from.dtype == "Int64" and df.patients.dtype == np.int64
    assert (df.loc[df.age == "95+", "age_from"] == 95).all() and (df.loc[df.age == "37", "age_from"] == 37).all()
    assert set(df.practice) == set(table.codes) and set(df.ccg) == set(table.commissioners)
    as_text = df.astype({k: object for k in ["practice", "ccg", "ons_ccg", "postcode", "sex", "age"]})
    assert df.memory_usage(deep=True).sum() * 4 < as_text.memory_usage(deep=True).sum()
    for (practice, sex, age), n in list(df.set_index(["practice", "sex", "age"]).patients.items())[::997]:
        assert table.column(sex, age)[table.codes.index(practice)] == n
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
