"""PopulationTable.from_pandas / from_arrays build a table from the shape to_pandas() gives,
checked as the registrations file reader checks a file (the same rules, the same InputError),
with the place named as a row and a column."""
import numpy as np
import pandas as pd
import pytest

import commissioning as c


@pytest.fixture(scope="module")
def files(population_files):
    return population_files


@pytest.mark.parametrize("kind", ["single-age", "quinary", "all", "female", "sub-icb", "no-commissioner"])
def test_from_pandas_of_to_pandas_is_the_same_table(files, kind):
    table = c.read_registrations(files[kind])
    df = table.to_pandas()
    assert c.PopulationTable.from_pandas(df) == table
    assert c.PopulationTable.from_pandas(df.astype({k: object for k in ["practice", "ccg", "sex", "age"]})) == table
    plain = c.PopulationTable.from_arrays(df.practice.to_numpy(str), df.ccg.to_numpy(str), df.sex.to_numpy(str),
                                          df.age.to_numpy(str), df.patients.to_numpy(), ons_ccg=list(df.ons_ccg),
                                          postcode=list(df.postcode), publication=table.publication,
                                          extract_date=table.extract_date, sub_icb_columns=table.sub_icb_columns)
    assert plain == table


def test_a_practice_without_a_commissioner_beside_one_with_is_refused_as_in_a_file(files):
    # A JSON table may hold both; a registrations file with a CCG column cannot (an empty CCG
    # code is refused), and from_pandas checks as the file reader does.
    table = c.read_registrations(files["persons-json"])
    assert table.commissioners == ["00L", ""]
    e = refusal(table.to_pandas())
    assert e.rule_id == "population.row.code" and e.row == 1 and e.field == "ccg"


def test_the_real_january_2021_file_comes_back_from_pandas(shared_file):
    table = c.read_registrations(shared_file("data/real/gp-reg-pat-prac-all-2021-01.csv"))
    assert c.PopulationTable.from_pandas(table.to_pandas()) == table


def test_rows_may_come_in_any_order_and_counts_as_floats_or_python_ints(files):
    table = c.read_registrations(files["single-age"])
    df = table.to_pandas().sample(frac=1, random_state=3)
    back = c.PopulationTable.from_pandas(df)
    assert sorted(back.codes) == sorted(table.codes)
    assert {p: back.totals()[i] for i, p in enumerate(back.codes)} == {p: table.totals()[i] for i, p in enumerate(table.codes)}
    df = table.to_pandas()
    assert c.PopulationTable.from_pandas(df.assign(patients=df.patients.astype(float))) == table
    assert c.PopulationTable.from_pandas(df.assign(patients=df.patients.astype(object))) == table
    assert c.PopulationTable.from_pandas(df.assign(patients=df.patients.astype("uint32"))) == table


def refusal(df, **kwargs):
    with pytest.raises(c.InputError) as e:
        c.PopulationTable.from_pandas(df, **kwargs)
    return e.value


def with_cell(df, row, column, value):
    df = df.copy()
    if df[column].dtype == "category":
        df[column] = df[column].astype(object)
    if column == "patients" and not isinstance(value, int):
        df[column] = df[column].astype(object if isinstance(value, str) else float)
    df.iloc[row, df.columns.get_loc(column)] = value
    return df


@pytest.mark.parametrize("column,value,rule,says", [
    ("patients", -3, "population.row.count", '"-3" is negative'),
    ("patients", 2**32, "population.row.count", "more patients than any practice has"),
    ("patients", 2**32 - 1, "population.row.count", "would add up to more patients"),
    ("patients", float("nan"), "population.row.count", '"nan" is not a whole number'),
    ("patients", 2.5, "population.row.count", '"2.5" is not a whole number'),
    ("sex", "X", "population.row.sex", '"X" is not MALE, FEMALE or ALL'),
    ("age", "96", "population.row.age", '"96" is not an age'),
    ("age", "0_4", "population.row.age", "is a quinary band but the file's earlier rows are single-year"),
    ("practice", "A8100Z!", "population.row.code", "is not a GP practice code"),
    ("ccg", "OOPS!", "population.row.consistent", "on row 15 but"),
])
def test_a_bad_value_is_refused_naming_its_row_and_column(files, column, value, rule, says):
    df = c.read_registrations(files["single-age"]).to_pandas()
    e = refusal(with_cell(df, 40 + 25 * 3, column, value))  # male, age 4, practice 15 (A81016)
    if column == "practice":
        e = refusal(with_cell(df, 40, column, value))
    row = 40 if column == "practice" else 40 + 25 * 3
    assert isinstance(e, ValueError) and e.rule_id == rule and says in str(e)
    assert e.row == row and e.field == column and e.source == "<DataFrame>" and e.line == 0
    assert str(e).startswith(f"<DataFrame> [{column}]: row {row}: ")


def test_a_repeated_row_is_refused_naming_the_second(files):
    df = c.read_registrations(files["single-age"]).to_pandas()
    e = refusal(pd.concat([df, df.iloc[[77]]], ignore_index=True))
    assert e.rule_id == "population.row.duplicate" and e.row == len(df) and e.field == "age"
    assert "a second male 3 row for practice A81003" in str(e)


def test_a_missing_row_is_refused_at_the_practices_first_row(files):
    df = c.read_registrations(files["single-age"]).to_pandas()
    e = refusal(df.drop(index=30))  # practice 6, male, age 1
    assert e.rule_id == "population.practice.ages-complete" and e.row == 5 and "has 95 of the 96 MALE age rows" in str(e)


def test_columns_are_checked_as_a_files_header_is(files):
    df = c.read_registrations(files["all"]).to_pandas()
    e = refusal(df.drop(columns="patients"))
    assert e.rule_id == "population.file.header" and e.field == "patients" and e.row is None
    e = refusal(df.assign(region="north"))
    assert e.field == "region" and "unknown column 'region'" in str(e)
    e = refusal(df.drop(columns="ccg"))  # an ONS code without the ODS one, as in a file
    assert e.rule_id == "population.file.header" and e.field == "ccg"
    e = refusal(df.iloc[0:0])
    assert e.rule_id == "population.file.no-rows" and e.row is None
    with pytest.raises(ValueError, match="columns of different lengths"):
        c.PopulationTable.from_arrays(["A81001"], None, ["male", "female"], ["ALL"], [1])
    assert refusal(df.drop(columns="patients"), source="december").source == "december"
