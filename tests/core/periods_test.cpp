#include <catch2/catch.hpp>

#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/parse_error.hpp"

using namespace commissioning;

TEST_CASE("financial years run April to March and are written 2018/19") {
  const FinancialYear y{2018};
  CHECK(parse_financial_year("2018/19") == y);
  CHECK(parse_financial_year("18/19") == y);
  CHECK(parse_financial_year("2018-19") == y);
  CHECK(parse_financial_year("2018/2019") == y);
  CHECK(parse_financial_year("1999/00") == FinancialYear{1999});
  CHECK(to_string(y) == "2018/19");
  CHECK(y.first_day() == Date{2018, 4, 1});
  CHECK(y.last_day() == Date{2019, 3, 31});
  CHECK(FinancialYear::containing(Date{2019, 3, 31}) == y);
  CHECK(FinancialYear::containing(Date{2019, 4, 1}) == FinancialYear{2019});
}

TEST_CASE("financial years must span consecutive years") {
  CHECK_THROWS_WITH(parse_financial_year("2017/16"), Catch::Contains("followed by 2018"));
  CHECK_THROWS_WITH(parse_financial_year("2017/19"), Catch::Contains("followed by 2018"));
  CHECK_THROWS_AS(parse_financial_year("2018"), ParseError);
  CHECK_THROWS_AS(parse_financial_year("2018/19 and more"), ParseError);
}

TEST_CASE("Month 2 of 2018/19 is May 2018") {
  const auto m = parse_financial_month("2018/19 Month 2");
  CHECK(m.calendar_month() == 5);
  CHECK(m.calendar_year() == 2018);
  CHECK(m.first_day() == Date{2018, 5, 1});
  CHECK(m.last_day() == Date{2018, 5, 31});
  CHECK(parse_financial_month("Month 12 2018/19").first_day() == Date{2019, 3, 1});
  CHECK(parse_financial_month("month 2", FinancialYear{2018}) == m);
  CHECK(parse_financial_month("M2 18/19") == m);
  CHECK(to_string(m) == "2018/19 Month 2");
  CHECK_THROWS_AS(parse_financial_month("Month 13 2018/19"), ParseError);
  CHECK_THROWS_WITH(parse_financial_month("Month 2"), Catch::Contains("no financial year"));
}

TEST_CASE("quarters belong to a financial year; a bare calendar year is ambiguous") {
  const auto q = parse_quarter("Q1 2018/19");
  CHECK(q.first_day() == Date{2018, 4, 1});
  CHECK(q.last_day() == Date{2018, 6, 30});
  CHECK(parse_quarter("quarter 1 of 2018/19") == q);
  CHECK(parse_quarter("quarter four 2017/18") == Quarter(FinancialYear{2017}, 4));
  CHECK(parse_quarter("Q4 17/18").last_day() == Date{2018, 3, 31});
  CHECK_THROWS_WITH(parse_quarter("Q1 2017"), Catch::Contains("ambiguous"));
  CHECK_THROWS_AS(parse_quarter("Q5 2018/19"), ParseError);
  CHECK_THROWS_AS(parse_quarter("Q1 2017/16"), ParseError);
}
