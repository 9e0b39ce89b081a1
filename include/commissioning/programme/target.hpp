#pragma once
// A target: a metric, a comparison, a value, a deadline and interim steps. Values are exact
// decimals held in hundredths ("3.34" £ per head, "2.18" %), never floating point.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/rag.hpp"
#include "commissioning/core/spelling.hpp"
#include "commissioning/programme/due_date.hpp"

namespace commissioning {

enum class Comparison : std::uint8_t { AtLeast, MoreThan, AtMost, LessThan, EqualTo, ReduceByPercent, IncreaseByPercent };
std::string_view to_string(Comparison c) noexcept;  // "at least", "more than", …, "reduce by %"
// Also "no more than" and "maximum" (at most). Throws ParseError.
Comparison parse_comparison(std::string_view text);

// An exact decimal with at most two places.
class Decimal2 {
 public:
  constexpr Decimal2() noexcept = default;
  static constexpr Decimal2 from_hundredths(std::int64_t h) noexcept { return Decimal2{h}; }
  constexpr std::int64_t hundredths() const noexcept { return h_; }
  friend constexpr auto operator<=>(Decimal2, Decimal2) noexcept = default;

 private:
  constexpr explicit Decimal2(std::int64_t h) noexcept : h_{h} {}
  std::int64_t h_{0};
};
std::string to_string(Decimal2 d);  // "3.34", "6", "-0.5"
// "3.34", "6", "1,000", "-2.5". Throws ParseError (more than two places, not a number).
Decimal2 parse_decimal2(std::string_view text);

struct InterimTarget {
  DueDate due;
  Decimal2 value;
  friend bool operator==(const InterimTarget&, const InterimTarget&) = default;
};

struct Target {
  std::string id;
  std::string metric;  // "extended access funding"
  Comparison comparison{Comparison::AtLeast};
  Decimal2 value;
  std::string unit;  // "£ per head", "%", "minutes per 1,000 population"
  std::optional<FinancialYear> baseline_year;
  DueDate deadline;
  std::vector<InterimTarget> interim;
  // Progress as a report states it: "Status - November 2016 … 10 Practices still to achieve
  // target", RAG a (seed 003 L138).
  std::string status;
  std::optional<CalendarMonth> status_as_of;
  std::optional<Rag> rag;
  std::string source;
  friend bool operator==(const Target&, const Target&) = default;
};

// Whether an achieved value meets the target (for percentage changes, against the baseline).
bool meets(const Target& t, Decimal2 achieved, std::optional<Decimal2> baseline = std::nullopt);

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::Comparison, "comparison",
    {"at least", commissioning::Comparison::AtLeast},
    {"more than", commissioning::Comparison::MoreThan},
    {"at most", commissioning::Comparison::AtMost},
    {"no more than", commissioning::Comparison::AtMost},
    {"maximum", commissioning::Comparison::AtMost},
    {"less than", commissioning::Comparison::LessThan},
    {"equal to", commissioning::Comparison::EqualTo},
    {"reduce by %", commissioning::Comparison::ReduceByPercent},
    {"increase by %", commissioning::Comparison::IncreaseByPercent})
