// The value-type policy (include/commissioning/core/value_policy.hpp), clause by clause and
// type by type. Each test is named "[clause] what it proves". Risk's ScaleLevel is proved in
// tests/risk/scale_policy_test.cpp.
#include <catch2/catch.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <stdexcept>
#include <type_traits>

#include "commissioning/core/date.hpp"
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/core/money.hpp"
#include "commissioning/core/ods_code.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/percentage.hpp"
#include "commissioning/core/person_name.hpp"
#include "commissioning/core/rag.hpp"
#include "commissioning/core/rate.hpp"
#include "commissioning/core/reported_amount.hpp"
#include "commissioning/core/time_of_day.hpp"
#include "commissioning/core/value_policy.hpp"

using namespace commissioning;

namespace {
constexpr FinancialYear fy2018{2018};
}

// [default] ---------------------------------------------------------------------------------

static_assert(EmptyableValue<Date>);
static_assert(EmptyableValue<TimeOfDay>);
static_assert(EmptyableValue<FinancialYear>);
static_assert(EmptyableValue<FinancialMonth>);
static_assert(EmptyableValue<Quarter>);
static_assert(EmptyableValue<OdsCode>);
static_assert(EmptyableValue<Initials>);
static_assert(EmptyableValue<TimeRange>);
static_assert(EmptyableValue<WrittenDate>);
static_assert(EmptyableValue<PersonName>);
static_assert(EmptyableValue<PopulationRate>);

TEMPLATE_TEST_CASE("[default] a default value is empty, equal to other empty values and before every value",
                   "", Date, TimeOfDay, FinancialYear, FinancialMonth, Quarter, OdsCode, Initials) {
  const TestType empty{};
  CHECK_FALSE(empty.ok());
  CHECK(empty == TestType{});
  TestType first{};
  if constexpr (std::is_same_v<TestType, Date>) first = Date{1400, 1, 1};
  if constexpr (std::is_same_v<TestType, TimeOfDay>) first = TimeOfDay{0, 0};
  if constexpr (std::is_same_v<TestType, FinancialYear>) first = FinancialYear{1900};
  if constexpr (std::is_same_v<TestType, FinancialMonth>) first = FinancialMonth{FinancialYear{1900}, 1};
  if constexpr (std::is_same_v<TestType, Quarter>) first = Quarter{FinancialYear{1900}, 1};
  if constexpr (std::is_same_v<TestType, OdsCode>) first = OdsCode{"00A"};
  if constexpr (std::is_same_v<TestType, Initials>) first = Initials{"AA"};
  REQUIRE(first.ok());
  CHECK(empty < first);
  CHECK(empty != first);
}

TEST_CASE("[default] an empty value prints without throwing") {
  CHECK(to_string(Date{}) == "not-a-date");
  CHECK(long_form(Date{}) == "not-a-date");
  CHECK(to_string(TimeOfDay{}).empty());
  CHECK(to_iso(TimeOfDay{}).empty());
  CHECK(to_string(FinancialYear{}).empty());
  CHECK(to_string(FinancialMonth{}).empty());
  CHECK(to_string(Quarter{}).empty());
  CHECK(to_string(OdsCode{}).empty());
  CHECK(to_string(Initials{}).empty());
}

TEST_CASE("[default] an empty date or time has no weekday or later time to disagree with") {
  WrittenDate w;
  w.stated_weekday = Weekday::Monday;
  CHECK_FALSE(w.ok());
  CHECK(w.weekday_matches());
  CHECK_FALSE(TimeOfDay{}.plus_minutes(10).has_value());
}

TEST_CASE("[default] aggregates are empty when their required members are") {
  CHECK_FALSE(TimeRange{}.ok());
  CHECK_FALSE(TimeRange{TimeOfDay{10, 0}, TimeOfDay{}}.ok());
  CHECK(TimeRange{TimeOfDay{10, 0}, TimeOfDay{9, 0}}.ok());  // a value, in the wrong order
  CHECK_FALSE(TimeRange{TimeOfDay{10, 0}, TimeOfDay{9, 0}}.ends_after_start());
  CHECK_FALSE(WrittenDate{}.ok());
  CHECK_FALSE(PersonName{}.ok());
  CHECK_FALSE(PopulationRate{}.ok());
  CHECK(parse_population_rate("30 minutes per 1,000 population per week").ok());
}

TEST_CASE("[default] quantities default to zero, a real amount with no empty state") {
  CHECK(Money{} == Money::from_pence(0));
  CHECK(Percentage{} == Percentage::from_basis_points(0));
  CHECK(ReportedAmount{}.value() == Money{});
  CHECK(ReportedAmount{}.printed() == "0");
  CHECK(PerHeadRate{}.for_population(1000) == Money{});
  CHECK(to_string(Money{}) == "£0.00");
  CHECK(to_string(Percentage{}) == "0%");
}

// [numeric] ---------------------------------------------------------------------------------

TEST_CASE("[numeric] a Date is built from checked numbers or refused with std::invalid_argument") {
  CHECK(Date{2018, 7, 3}.ok());
  CHECK(Date{2020, 2, 29}.day() == 29);
  CHECK_THROWS_AS(Date(2018, 6, 31), std::invalid_argument);
  CHECK_THROWS_AS(Date(2019, 2, 29), std::invalid_argument);
  CHECK_THROWS_AS(Date(2018, 13, 1), std::invalid_argument);
  CHECK_THROWS_AS(Date(2018, 0, 1), std::invalid_argument);
  CHECK_THROWS_AS(Date(1399, 12, 31), std::invalid_argument);
  CHECK_THROWS_AS(Date(10000, 1, 1), std::invalid_argument);
  CHECK_THROWS_WITH(Date(2018, 6, 31), Catch::Contains("2018-06-31"));
  CHECK_THROWS_AS(Date(9999, 12, 31).plus_days(1), std::out_of_range);
  CHECK(Date{}.plus_days(1) == Date{});
}

TEST_CASE("[numeric] a TimeOfDay is 00:00–23:59 or refused with std::invalid_argument") {
  CHECK(TimeOfDay{23, 59}.minutes_since_midnight() == 1439);
  CHECK(TimeOfDay{0, 0}.ok());
  CHECK_THROWS_AS(TimeOfDay(24, 0), std::invalid_argument);
  CHECK_THROWS_AS(TimeOfDay(10, 60), std::invalid_argument);
}

TEST_CASE("[numeric] financial periods refuse impossible numbers and empty years with std::invalid_argument") {
  CHECK(FinancialYear{1900}.ok());
  CHECK(FinancialYear{9998}.ok());
  CHECK_THROWS_AS(FinancialYear{1899}, std::invalid_argument);
  CHECK_THROWS_AS(FinancialYear{9999}, std::invalid_argument);
  CHECK_THROWS_AS(FinancialYear{0}, std::invalid_argument);
  CHECK_THROWS_AS(FinancialYear{9998}.next(), std::invalid_argument);
  CHECK_THROWS_AS(FinancialMonth(fy2018, 0), std::invalid_argument);
  CHECK_THROWS_AS(FinancialMonth(fy2018, 13), std::invalid_argument);
  CHECK_THROWS_AS(FinancialMonth(FinancialYear{}, 2), std::invalid_argument);
  CHECK_THROWS_AS(Quarter(fy2018, 0), std::invalid_argument);
  CHECK_THROWS_AS(Quarter(fy2018, 5), std::invalid_argument);
  CHECK_THROWS_AS(Quarter(FinancialYear{}, 1), std::invalid_argument);
  CHECK(FinancialMonth(FinancialYear{9998}, 12).last_day() == Date{9999, 3, 31});
  CHECK_THROWS_AS(FinancialYear::containing(Date{}), std::invalid_argument);
  CHECK_THROWS_AS(FinancialYear::containing(Date{1900, 3, 31}), std::invalid_argument);
}

TEST_CASE("[numeric] Money from pounds refuses an amount it cannot hold, as its arithmetic does") {
  CHECK(Money::from_pounds(3).pence() == 300);
  CHECK_THROWS_AS(Money::from_pounds(INT64_MAX / 10), std::overflow_error);
  CHECK(Percentage::from_basis_points(-250).basis_points() == -250);  // every int32 is a percentage
}

// [make] ------------------------------------------------------------------------------------

TEST_CASE("[make] each checked constructor has a non-throwing twin that answers std::nullopt where it throws") {
  CHECK(Date::make(2018, 7, 3) == Date{2018, 7, 3});
  CHECK_FALSE(Date::make(2018, 6, 31));
  CHECK(TimeOfDay::make(10, 0) == TimeOfDay{10, 0});
  CHECK_FALSE(TimeOfDay::make(24, 0));
  CHECK(FinancialYear::make(2018) == fy2018);
  CHECK_FALSE(FinancialYear::make(0));
  CHECK(FinancialMonth::make(fy2018, 2) == FinancialMonth(fy2018, 2));
  CHECK_FALSE(FinancialMonth::make(fy2018, 13));
  CHECK_FALSE(FinancialMonth::make(FinancialYear{}, 2));
  CHECK(Quarter::make(fy2018, 4) == Quarter(fy2018, 4));
  CHECK_FALSE(Quarter::make(fy2018, 5));
  CHECK(Money::make_pounds(3) == Money::from_pounds(3));
  CHECK_FALSE(Money::make_pounds(INT64_MAX / 10));
  CHECK(OdsCode::make("05W") == OdsCode{"05W"});
  CHECK_FALSE(OdsCode::make("05w"));
  CHECK(OdsCode::make("05W", OdsKind::Ccg) == OdsCode{"05W"});
  CHECK_FALSE(OdsCode::make("05W", OdsKind::GpPractice));
  CHECK(Initials::make("MWo") == Initials{"MWo"});
  CHECK_FALSE(Initials::make("P.D"));
  CHECK_FALSE(Initials::make("ABCDEFG"));
}

TEST_CASE("[numeric] dates, times and periods are constexpr: built, compared and moved at compile time") {
  static_assert(Date{2018, 7, 3} < Date{2018, 7, 4});
  static_assert(Date{2018, 7, 3}.weekday() == Weekday::Tuesday);
  static_assert(Date{1970, 1, 1}.days_since_epoch() == 0);
  static_assert(Date{2018, 7, 3}.days_until(Date{2019, 7, 3}) == 365);
  static_assert(Date{2018, 12, 31}.plus_days(1) == Date{2019, 1, 1});
  static_assert(!Date::make(2018, 2, 29).has_value());
  static_assert(TimeOfDay{10, 0} < TimeOfDay{10, 1});
  static_assert(FinancialMonth{FinancialYear{2018}, 2}.calendar_month() == 5);
  static_assert(Quarter{FinancialYear{2018}, 1} < Quarter{FinancialYear{2018}, 2});
  SUCCEED("checked by the compiler");
}

TEST_CASE("[numeric] Date's day numbers agree with Boost.Date_Time on every day of 1400–9999") {
  const boost::gregorian::date epoch{1970, 1, 1};
  long mismatches = 0;
  for (boost::gregorian::date d{1400, 1, 1}; d <= boost::gregorian::date{9999, 12, 31};
       d += boost::gregorian::date_duration(1)) {
    const auto ymd = d.year_month_day();
    const Date ours{ymd.year, ymd.month.as_number(), ymd.day.as_number()};
    if (ours.days_since_epoch() != (d - epoch).days() || ours.year() != ymd.year ||
        ours.month() != ymd.month.as_number() || ours.day() != ymd.day.as_number() ||
        static_cast<unsigned>(ours.weekday()) != d.day_of_week().as_number())
      ++mismatches;
  }
  CHECK(mismatches == 0);
}

// [text] ------------------------------------------------------------------------------------

TEST_CASE("[text] reading text that is not a value throws ParseError, for every type") {
  CHECK_THROWS_AS(parse_date("31st June 2018"), ParseError);
  CHECK_THROWS_AS(parse_date("1st January 1399"), ParseError);
  CHECK_THROWS_AS(parse_time("25.00am"), ParseError);
  CHECK_THROWS_AS(parse_time_range("10.00am"), ParseError);
  CHECK_THROWS_AS(parse_financial_year("2017/19"), ParseError);
  CHECK_THROWS_AS(parse_financial_year("1899/00"), ParseError);
  CHECK_THROWS_AS(parse_financial_month("Month 13 2018/19"), ParseError);
  CHECK_THROWS_AS(parse_quarter("Q5 2018/19"), ParseError);
  CHECK_THROWS_AS(OdsCode{"05w"}, ParseError);
  CHECK_THROWS_AS(Initials{"pd"}, ParseError);
  CHECK_THROWS_AS(parse_money("30p"), ParseError);
  CHECK_THROWS_AS(parse_reported_amount("£1,2,3"), ParseError);
  CHECK_THROWS_AS(parse_money_unit("£ 0005"), ParseError);
  CHECK_THROWS_AS(parse_percentage("49"), ParseError);
  CHECK_THROWS_AS(parse_rag("Purple"), ParseError);
  CHECK_THROWS_AS(parse_person_name(" "), ParseError);
  CHECK_THROWS_AS(parse_per_head_rate("£3.34"), ParseError);
  CHECK_THROWS_AS(parse_population_rate("30 minutes per 0 population"), ParseError);
  CHECK_THROWS_AS(parse_severity("fatal"), ParseError);
}

TEST_CASE("[text] what to_string writes, the parser reads back") {
  const Date d{2018, 7, 3};
  CHECK(parse_date(to_string(d)) == d);
  CHECK(parse_date(long_form(d)) == d);
  CHECK(parse_time(to_string(TimeOfDay{18, 30})) == TimeOfDay{18, 30});
  CHECK(parse_time(to_iso(TimeOfDay{18, 30})) == TimeOfDay{18, 30});
  CHECK(parse_financial_year(to_string(fy2018)) == fy2018);
  CHECK(parse_financial_month(to_string(FinancialMonth{fy2018, 12})) == FinancialMonth{fy2018, 12});
  CHECK(parse_quarter(to_string(Quarter{fy2018, 3})) == Quarter{fy2018, 3});
  CHECK(OdsCode{to_string(OdsCode{"RJE01"})} == OdsCode{"RJE01"});
  CHECK(Initials{to_string(Initials{"NMcF"})} == Initials{"NMcF"});
  CHECK(parse_money(to_string(Money::from_pence(-142'700'012))) == Money::from_pence(-142'700'012));
  CHECK(parse_percentage(to_string(Percentage::from_basis_points(1225))) == Percentage::from_basis_points(1225));
  CHECK(parse_rag(to_string(Rag::Amber)) == Rag::Amber);
  CHECK(parse_money_unit(to_string(MoneyUnit::Thousands)) == MoneyUnit::Thousands);
}

TEST_CASE("[text] the month and weekday words are one vocabulary") {
  CHECK(month_name(7) == "July");
  CHECK(month_name(0).empty());
  CHECK(month_name(13).empty());
  CHECK(parse_month_name("sept") == 9u);
  CHECK(parse_month_name("Jul") == 7u);
  CHECK_FALSE(parse_month_name("Juvember"));
  CHECK(parse_weekday_name("tue") == Weekday::Tuesday);
  CHECK_FALSE(parse_weekday_name("Tues"));
  for (unsigned m = 1; m <= 12; ++m) CHECK(parse_month_name(month_name(m)) == m);
}

// [enum] ------------------------------------------------------------------------------------

TEST_CASE("[enum] enumerations are closed sets whose spellings read back") {
  for (const auto r : {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue}) CHECK(parse_rag(to_string(r)) == r);
  for (const auto u : {MoneyUnit::Pounds, MoneyUnit::Thousands, MoneyUnit::Millions})
    CHECK(parse_money_unit(to_string(u)) == u);
  for (const auto s : {Severity::Error, Severity::Warning, Severity::Info}) CHECK(parse_severity(to_string(s)) == s);
  for (unsigned w = 0; w < 7; ++w) CHECK(parse_weekday_name(to_string(static_cast<Weekday>(w))) == static_cast<Weekday>(w));
}
