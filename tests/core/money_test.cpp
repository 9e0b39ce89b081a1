#include <catch2/catch.hpp>

#include "commissioning/core/money.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/reported_amount.hpp"

using namespace commissioning;

namespace {
std::int64_t pence(const char* s) { return parse_money(s).pence(); }
}

TEST_CASE("money reads every spelling the seed documents use") {
  CHECK(pence("£139k") == 13'900'000);
  CHECK(pence("£1,427k") == 142'700'000);
  CHECK(pence("£2.04m") == 204'000'000);
  CHECK(pence("£21m") == 2'100'000'000);
  CHECK(pence("£3.34") == 334);
  CHECK(pence("£ 8,000") == 800'000);
  CHECK(pence("£3000") == 300'000);
  CHECK(pence("230,000") == 23'000'000);
  CHECK(pence("-139") == -13'900);
  CHECK(pence("-0") == 0);
  CHECK(pence("(123)") == -12'300);
  CHECK(pence("£28,231,155") == 2'823'115'500);
  CHECK(pence("£0.49m") == 49'000'000);
}

TEST_CASE("money refuses what is not an amount, saying why") {
  SECTION("a pence suffix is a time read as money") {
    try {
      (void)parse_money("30p");
      FAIL("30p was accepted");
    } catch (const ParseError& e) {
      CHECK(e.position() == 2);
      CHECK_THAT(e.reason(), Catch::Contains("6:30pm"));
    }
  }
  SECTION("misplaced thousands separators") { CHECK_THROWS_AS(parse_money("£1,2,3"), ParseError); }
  SECTION("ragged groups") { CHECK_THROWS_AS(parse_money("£12,34"), ParseError); }
  SECTION("overflow") { CHECK_THROWS_AS(parse_money("£99999999999999999999"), ParseError); }
  SECTION("fractions of a penny") { CHECK_THROWS_AS(parse_money("£3.345"), ParseError); }
  SECTION("trailing text") { CHECK_THROWS_AS(parse_money("£12 and change"), ParseError); }
  SECTION("an unclosed bracket") { CHECK_THROWS_AS(parse_money("(123"), ParseError); }
  SECTION("nothing at all") { CHECK_THROWS_AS(parse_money(""), ParseError); }
}

TEST_CASE("money arithmetic is exact and checked") {
  const auto a = Money::from_pence(INT64_MAX);
  CHECK_THROWS_AS(a + Money::from_pence(1), std::overflow_error);
  CHECK_THROWS_AS(Money::from_pence(INT64_MIN) * -1, std::overflow_error);
  CHECK((Money::from_pounds(3) - Money::from_pence(66)).pence() == 234);
  CHECK(to_string(Money::from_pence(-13'900'000)) == "-£139,000.00");
  CHECK(to_string(Money::from_pence(INT64_MIN)) == "-£92,233,720,368,547,758.08");
}

TEST_CASE("money formats and reparses to the same amount") {
  auto p = GENERATE(take(200, random(INT64_MIN / 2, INT64_MAX / 2)));
  const auto m = Money::from_pence(p);
  CHECK(parse_money(to_string(m)) == m);
}

TEST_CASE("a reported figure keeps its unit and so its rounding") {
  SECTION("thousands with a k suffix") {
    const auto a = parse_reported_amount("£1,427k");
    CHECK(a.unit() == MoneyUnit::Thousands);
    CHECK(a.resolution() == Money::from_pounds(1000));
  }
  SECTION("millions with two decimals resolve to £10k") {
    const auto a = parse_reported_amount("£2.04m");
    CHECK(a.unit() == MoneyUnit::Millions);
    CHECK(a.resolution() == Money::from_pounds(10'000));
    CHECK(a.printed() == "£2.04m");
  }
  SECTION("a bare figure in a £'000s table") {
    const auto a = parse_reported_amount("-139", MoneyUnit::Thousands);
    CHECK(a.value() == Money::from_pounds(-139'000));
    CHECK(a.printed() == "-139");
  }
  SECTION("-0 is remembered as printed") {
    const auto a = parse_reported_amount("-0", MoneyUnit::Thousands);
    CHECK(a.value() == Money{});
    CHECK(a.negative_zero());
    CHECK(a.printed() == "-0");
  }
  SECTION("pence resolve to a penny") { CHECK(parse_reported_amount("£3.34").resolution() == Money::from_pence(1)); }
}

TEST_CASE("table unit headers are read, and OCR damage is refused") {
  CHECK(parse_money_unit("£'000s") == MoneyUnit::Thousands);
  CHECK(parse_money_unit("£000s") == MoneyUnit::Thousands);
  CHECK(parse_money_unit("£m") == MoneyUnit::Millions);
  CHECK(parse_money_unit("£") == MoneyUnit::Pounds);
  CHECK_THROWS_AS(parse_money_unit("£ 0005"), ParseError);
  CHECK_THROWS_AS(parse_money_unit("C'OOOo"), ParseError);
}

TEST_CASE("a reported figure has no more decimals than its unit can print, so printing never divides by zero") {
  // £ prints to the penny (2 places), £'000s to 5, £m to 8; more would be fractions of a penny.
  CHECK_NOTHROW(ReportedAmount(Money::from_pence(334), MoneyUnit::Pounds, 2));
  CHECK_NOTHROW(ReportedAmount(Money::from_pence(1), MoneyUnit::Thousands, 5));
  CHECK_NOTHROW(ReportedAmount(Money::from_pence(1), MoneyUnit::Millions, 8));
  for (std::uint8_t d = 3; d < 20; ++d) CHECK_THROWS_AS(ReportedAmount(Money{}, MoneyUnit::Pounds, d), std::invalid_argument);
  CHECK_THROWS_AS(ReportedAmount(Money{}, MoneyUnit::Thousands, 6), std::invalid_argument);
  CHECK_THROWS_AS(ReportedAmount(Money{}, MoneyUnit::Millions, 9), std::invalid_argument);
  CHECK_THROWS_AS(ReportedAmount(Money{}, MoneyUnit::Millions, 255), std::invalid_argument);
  CHECK_THROWS_AS(ReportedAmount(Money{}, static_cast<MoneyUnit>(3), 0), std::invalid_argument);
  // At the limit the figure still prints, to the penny.
  CHECK(ReportedAmount(Money::from_pence(-1), MoneyUnit::Millions, 8).printed() == "-£0.00000001m");
  CHECK(ReportedAmount(Money::from_pence(12'345), MoneyUnit::Thousands, 5).printed() == "0.12345");
}

TEST_CASE("a reported figure's value is a whole number of its last printed place") {
  // £12,345.67 in a £'000s table with no decimals would print "12" and reload as £12,000.
  CHECK_THROWS_AS(ReportedAmount(Money::from_pence(1'234'567), MoneyUnit::Thousands, 0), std::invalid_argument);
  CHECK_NOTHROW(ReportedAmount(Money::from_pence(1'200'000), MoneyUnit::Thousands, 0));
  CHECK_THROWS_AS(ReportedAmount(Money::from_pence(1), MoneyUnit::Pounds, 1), std::invalid_argument);
  CHECK(ReportedAmount(Money::from_pence(-1'000'000), MoneyUnit::Millions, 2).printed() == "-£0.01m");
}
