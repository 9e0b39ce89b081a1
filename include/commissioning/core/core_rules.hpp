#pragma once
// Rules about the vocabulary itself, used by every area that holds dates and times.
#include <span>
#include <string>

#include "commissioning/core/date.hpp"
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/time_of_day.hpp"

namespace commissioning::rules {

inline constexpr Rule weekday_matches_date{
    "core.date.weekday-matches", Severity::Warning,
    "A date's stated weekday matches the calendar",
    "seed 000 §1.0: every weekday the pack writes matches its 2018 date; a mismatch is a typo"};
inline constexpr Rule time_range_end_after_start{
    "core.time-range.end-after-start", Severity::Error,
    "A time range ends after it starts",
    "seed 000 L5: 'Tuesday 3rd July 2018, 10.00pm – 11.45am'"};

std::span<const Rule* const> core_rules() noexcept;

void check(const WrittenDate& d, const std::string& path, ValidationReport& out);
void check(const TimeRange& r, const std::string& path, ValidationReport& out);

}  // namespace commissioning::rules
