"""The vocabulary as an analyst meets it from Python."""
import datetime
import decimal

import pytest

import commissioning as c
from commissioning import fixtures


def test_money_is_an_exact_decimal_of_pounds():
    assert c.parse_money("£1,427k") == decimal.Decimal("1427000.00")
    assert c.parse_money("(123)") == decimal.Decimal("-123")
    assert isinstance(c.parse_money("£3.34"), decimal.Decimal)
    assert c.format_money(decimal.Decimal("3.34")) == "£3.34"
    assert c.format_money("£2.04m") == "£2,040,000.00"


def test_money_refuses_floats_and_fractions_of_a_penny():
    with pytest.raises(TypeError):
        c.format_money(3.34)
    with pytest.raises(ValueError, match="fractions of a penny"):
        c.format_money(decimal.Decimal("3.345"))


def test_parse_errors_carry_position_and_reason():
    with pytest.raises(c.ParseError) as e:
        c.parse_money("30p")
    assert isinstance(e.value, ValueError)
    assert e.value.position == 2
    assert "6:30pm" in e.value.reason
    assert "30p" in str(e.value)


def test_reported_amount_keeps_unit_and_rounding():
    a = c.parse_reported_amount("-139", c.MoneyUnit.THOUSANDS)
    assert a.value == decimal.Decimal("-139000")
    assert a.resolution == decimal.Decimal("1000")
    assert a.printed == "-139"
    assert c.parse_reported_amount("-0", c.MoneyUnit.THOUSANDS).negative_zero


def test_dates_are_datetime_dates_and_wrong_weekdays_are_diagnostics():
    assert c.parse_date("Tuesday 3<sup>rd</sup> July 2018") == datetime.date(2018, 7, 3)
    assert c.parse_date("1st September", year=2018) == datetime.date(2018, 9, 1)
    d = c.parse_written_date("Monday 3rd July 2018")
    assert d.stated_weekday == "Monday"
    assert not d.weekday_matches()
    [diag] = d.check("/meetings/0/date")
    assert diag.rule_id == "core.date.weekday-matches"
    assert diag.severity == c.Severity.WARNING
    assert diag.path == "/meetings/0/date"
    [alone] = d.check()
    assert alone.path == "", "a date on its own is the whole document: the empty JSON Pointer"
    assert diag.to_dict()["severity"] == "warning"


def test_times_and_ranges():
    assert c.parse_time("6:30pm") == datetime.time(18, 30)
    assert c.format_time(datetime.time(10, 5)) == "10.05am"
    start, end, diags = c.parse_time_range("10.00pm – 11.45am")
    assert start == datetime.time(22, 0) and end == datetime.time(11, 45)
    assert [d.rule_id for d in diags] == ["core.time-range.end-after-start"]
    with pytest.raises(c.ParseError):
        c.parse_time("25.00am")


def test_financial_periods():
    y = c.FinancialYear.parse("18/19")
    assert y == c.FinancialYear(2018)
    assert str(y) == "2018/19"
    assert datetime.date(2019, 3, 31) in y
    m = c.FinancialMonth.parse("Month 2", year=y)
    assert (m.first_day, m.last_day) == (datetime.date(2018, 5, 1), datetime.date(2018, 5, 31))
    with pytest.raises(c.ParseError, match="ambiguous"):
        c.Quarter.parse("Q1 2017")
    with pytest.raises(c.ParseError, match="consecutive"):
        c.FinancialYear.parse("2017/16")


def test_codes_rates_and_statuses():
    assert c.OdsCode("05W").kind == "CCG"
    assert c.OdsCode("M83001").kind == "GP practice"
    with pytest.raises(c.ParseError, match="upper case"):
        c.OdsCode("m83001")
    assert c.parse_percentage("0.5%") == decimal.Decimal("0.50")
    assert c.parse_rag("amber") == c.Rag.AMBER
    assert c.per_head_funding("£3.34 a head", 100_000) == decimal.Decimal("334000.00")


def test_rules_registry_is_listed():
    ids = [r["id"] for r in c.rules()]
    assert "core.date.weekday-matches" in ids
    assert ids == sorted(ids)


def test_fixtures_give_the_seed_spellings():
    money = fixtures.seed_money_spellings()
    assert ("£1,427k", "seed 000 L346") in money
    for text, source in money:
        c.parse_reported_amount(text, c.MoneyUnit.THOUSANDS)


@pytest.mark.parametrize("bad", [None, 12, b"\xff", "x" * 100_000, 2**80])
def test_wrong_types_raise_not_crash(bad):
    with pytest.raises((TypeError, ValueError)):
        c.parse_money(bad)
