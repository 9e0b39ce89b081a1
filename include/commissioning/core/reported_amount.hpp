#pragma once
// A figure as a report prints it: the value, the unit its table is in (£, £'000s, £m) and
// how many places it was rounded to. Reconciliation needs that resolution to know how far
// apart two rounded figures may honestly be.
// Value policy (core/value_policy.hpp): [default] ReportedAmount{} is £0 printed as "0", a
// quantity with no empty state; [numeric] the constructor throws std::invalid_argument for a
// combination it cannot print; [text] parse_reported_amount and parse_money_unit throw
// ParseError. MoneyUnit is an [enum].
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "commissioning/core/money.hpp"
#include "commissioning/core/spelling.hpp"

namespace commissioning {

enum class MoneyUnit : std::uint8_t { Pounds, Thousands, Millions };

std::string_view to_string(MoneyUnit u) noexcept;  // "£", "£'000s", "£m"
// Reads a table's unit header: "£", "£'000s", "£000s", "£k", "£m", "£ms". Throws ParseError
// naming OCR damage such as "£ 0005" rather than guessing.
MoneyUnit parse_money_unit(std::string_view text);

class ReportedAmount {
 public:
  ReportedAmount() = default;
  // value: the exact amount the printed figure stands for; unit: the table's unit;
  // decimals: digits printed after the point; negative_zero: the figure was printed "-0".
  // Throws std::invalid_argument unless the figure can be printed exactly: decimals at most
  // 2 for £, 5 for £'000s, 8 for £m (no fractions of a penny), and value a whole number of
  // the last printed place.
  ReportedAmount(Money value, MoneyUnit unit, std::uint8_t decimals, bool negative_zero = false);

  Money value() const noexcept { return value_; }
  MoneyUnit unit() const noexcept { return unit_; }
  std::uint8_t decimals() const noexcept { return decimals_; }
  bool negative_zero() const noexcept { return negative_zero_; }
  // One step in the last printed place: £1k for "£1,427k", £10k for "£2.04m", 1p for "£3.34".
  Money resolution() const noexcept;
  // The printed figure in its unit: "-139" in a £'000s table, "£2.04m" for a £m figure.
  std::string printed() const;

  friend bool operator==(const ReportedAmount&, const ReportedAmount&) = default;

 private:
  Money value_{};
  MoneyUnit unit_{MoneyUnit::Pounds};
  std::uint8_t decimals_{0};
  bool negative_zero_{false};
};

// Reads a figure. A "k"/"m" suffix sets the unit; a bare number takes table_unit. In a
// £'000s table "-139" is -£139,000 with a resolution of £1k.
ReportedAmount parse_reported_amount(std::string_view text, MoneyUnit table_unit = MoneyUnit::Pounds);

}  // namespace commissioning

// parse_money_unit first drops spaces, apostrophes, brackets and a leading £, so "(£ 000s)"
// finds "000s"; an empty unit is pounds.
COMMISSIONING_SPELLINGS(commissioning::MoneyUnit, "money unit",
    {"\xC2\xA3", commissioning::MoneyUnit::Pounds},
    {"", commissioning::MoneyUnit::Pounds},
    {"pounds", commissioning::MoneyUnit::Pounds},
    {"\xC2\xA3'000s", commissioning::MoneyUnit::Thousands},
    {"000s", commissioning::MoneyUnit::Thousands},
    {"000", commissioning::MoneyUnit::Thousands},
    {"k", commissioning::MoneyUnit::Thousands},
    {"thousands", commissioning::MoneyUnit::Thousands},
    {"\xC2\xA3m", commissioning::MoneyUnit::Millions},
    {"m", commissioning::MoneyUnit::Millions},
    {"ms", commissioning::MoneyUnit::Millions},
    {"millions", commissioning::MoneyUnit::Millions})
