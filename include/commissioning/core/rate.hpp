#pragma once
// Rates per head of population: "£3.34 a head", "30 minutes per 1,000 population per week".
// Value policy (core/value_policy.hpp): PerHeadRate is a quantity (default £0 a head, no empty
// state); PopulationRate is an [aggregate] whose default, with no unit, is empty (!ok());
// [text] both parsers throw ParseError.
#include <cstdint>
#include <string>
#include <string_view>

#include "commissioning/core/money.hpp"

namespace commissioning {

struct PerHeadRate {
  Money per_head;
  // Money for a population, exact to the penny; throws std::overflow_error.
  Money for_population(std::int64_t people) const { return per_head * people; }
  friend bool operator==(const PerHeadRate&, const PerHeadRate&) = default;
};
std::string to_string(const PerHeadRate& r);  // "£3.34 per head"
// "£3.34 a head", "£6 per head", "£3.34/head", "£3 per head of population". Throws ParseError.
PerHeadRate parse_per_head_rate(std::string_view text);

// A quantity of service per N people per period, such as extended access minutes.
struct PopulationRate {
  std::int64_t quantity{0};
  std::string unit;          // "minutes", "appointments", "hours"
  std::int64_t per_people{1};
  std::string period;        // "week", "month", "year"; empty when not stated
  // [aggregate] A quantity of something, per at least one person.
  bool ok() const noexcept { return !unit.empty() && per_people > 0; }
  friend bool operator==(const PopulationRate&, const PopulationRate&) = default;
};
std::string to_string(const PopulationRate& r);
// "30 minutes per 1,000 population per week". Throws ParseError.
PopulationRate parse_population_rate(std::string_view text);

}  // namespace commissioning
