#include <catch2/catch.hpp>

#include "commissioning/core/core_rules.hpp"
#include "commissioning/core/date.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/time_of_day.hpp"

using namespace commissioning;

TEST_CASE("dates are read as the committee papers write them") {
  const Date july3{2018, 7, 3};
  CHECK(parse_date("Tuesday 3rd July 2018") == july3);
  CHECK(parse_date("3<sup>rd</sup> July 2018") == july3);
  CHECK(parse_date("Tuesday 3\tJuly 2018") == july3);
  CHECK(parse_date("5 <sup>th</sup> June 2018") == Date{2018, 6, 5});
  CHECK(parse_date("05/06/18") == Date{2018, 6, 5});
  CHECK(parse_date("10/04/2018") == Date{2018, 4, 10});
  CHECK(parse_date("2018-07-03") == july3);
  CHECK(parse_date("22 <sup>nd</sup> June", {2018}) == Date{2018, 6, 22});
  SECTION("a date without its year takes the context year, and says so") {
    const auto d = parse_written_date("1st September", {2018});
    CHECK(d.date == Date{2018, 9, 1});
    CHECK(d.year_from_context);
  }
}

TEST_CASE("a stated weekday that contradicts the date is a diagnostic, not a silent accept") {
  const auto d = parse_written_date("Monday 3rd July 2018");
  CHECK(d.date == Date{2018, 7, 3});
  CHECK_FALSE(d.weekday_matches());
  ValidationReport report;
  rules::check(d, "/meetings/0/date", report);
  REQUIRE(report.size() == 1);
  CHECK(report.diagnostics()[0].rule_id == "core.date.weekday-matches");
  CHECK(report.diagnostics()[0].path == "/meetings/0/date");
  CHECK_THAT(report.diagnostics()[0].message, Catch::Contains("Tuesday"));
  CHECK_THROWS_AS(parse_date("Monday 3rd July 2018"), ParseError);
}

TEST_CASE("impossible or unreadable dates are refused with the reason") {
  CHECK_THROWS_WITH(parse_date("31st June 2018"), Catch::Contains("no day 31 in June"));
  CHECK_THROWS_WITH(parse_date("3th July 2018"), Catch::Contains("\"rd\""));
  CHECK_THROWS_WITH(parse_date("1st September"), Catch::Contains("no year"));
  CHECK_THROWS_AS(parse_date("3 Juvember 2018"), ParseError);
  CHECK_THROWS_AS(parse_date("32/01/2018"), ParseError);
  CHECK_THROWS_AS(parse_date(""), ParseError);
  CHECK_THROWS_AS(Date(2018, 2, 29), std::invalid_argument);
  CHECK_FALSE(Date{}.ok());
}

TEST_CASE("times are read in the agenda's house style") {
  CHECK(parse_time("10.00am") == TimeOfDay(10, 0));
  CHECK(parse_time("6:30pm") == TimeOfDay(18, 30));
  CHECK(parse_time("11.45am") == TimeOfDay(11, 45));
  CHECK(parse_time("12.00pm") == TimeOfDay(12, 0));
  CHECK(parse_time("12.15am") == TimeOfDay(0, 15));
  CHECK(parse_time("14:30") == TimeOfDay(14, 30));
  CHECK(to_string(TimeOfDay(10, 5)) == "10.05am");
  CHECK_THROWS_AS(parse_time("25.00am"), ParseError);
  CHECK_THROWS_AS(parse_time("10.60am"), ParseError);
  CHECK_THROWS_AS(parse_time("10.0am"), ParseError);
  CHECK_THROWS_AS(parse_time("24:00"), ParseError);
}

TEST_CASE("a time range whose end precedes its start is reported") {
  const auto r = parse_time_range("10.00pm – 11.45am");
  CHECK(r.start == TimeOfDay(22, 0));
  CHECK_FALSE(r.ends_after_start());
  CHECK(r.ok());  // both ends are set: the range is a value, and validation reports its order
  ValidationReport report;
  rules::check(r, "/meetings/0/time", report);
  CHECK(report.count("core.time-range.end-after-start") == 1);
  ValidationReport fine;
  rules::check(parse_time_range("10.00am – 11.30am"), "/meetings/0/time", fine);
  CHECK(fine.empty());
}

TEST_CASE("every time of day formats and reparses to itself") {
  const auto minutes = GENERATE(range(0u, 24u * 60u, 7u));
  const auto t = TimeOfDay(minutes / 60, minutes % 60);
  CHECK(parse_time(to_string(t)) == t);
  CHECK(parse_time(to_iso(t)) == t);
}
