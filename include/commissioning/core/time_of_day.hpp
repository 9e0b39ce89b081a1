#pragma once
// Clock times as agendas write them ("10.00am", "6:30pm") and meeting windows
// ("10.00am – 11.45am"). Minutes since midnight; no time zone: meetings are local.
// Value policy (core/value_policy.hpp): [default] TimeOfDay{} is empty, and sorts before
// midnight; [numeric] TimeOfDay{h, m} throws std::invalid_argument outside 00:00–23:59;
// [make] TimeOfDay::make(h, m); [text] parse_time throws ParseError. TimeRange is an
// [aggregate]: ok() when both ends are set; ends_after_start() is the rule validation checks.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <gsl/assert>

#include "commissioning/core/value_policy.hpp"

namespace commissioning {

namespace time_detail {
[[noreturn]] void throw_no_such_time(unsigned hour, unsigned minute);
}

class TimeOfDay {
 public:
  constexpr TimeOfDay() noexcept = default;
  // [numeric] Throws std::invalid_argument outside 00:00–23:59.
  constexpr TimeOfDay(unsigned hour, unsigned minute) {
    const auto t = make(hour, minute);
    if (!t) time_detail::throw_no_such_time(hour, minute);
    *this = *t;
  }
  // [make]
  static constexpr std::optional<TimeOfDay> make(unsigned hour, unsigned minute) noexcept {
    if (hour > 23 || minute > 59) return std::nullopt;
    return TimeOfDay{static_cast<std::int16_t>(hour * 60 + minute)};
  }

  constexpr bool ok() const noexcept { return minutes_ >= 0; }
  constexpr unsigned hour() const noexcept { return minutes_since_midnight() / 60u; }
  constexpr unsigned minute() const noexcept { return minutes_since_midnight() % 60u; }
  constexpr unsigned minutes_since_midnight() const noexcept {
    Expects(ok());
    return static_cast<unsigned>(minutes_);
  }
  // Adds minutes; std::nullopt past midnight (an agenda running into tomorrow is an error
  // for the caller to report, not a wrap-around) and for an empty time.
  std::optional<TimeOfDay> plus_minutes(unsigned m) const noexcept;

  friend constexpr auto operator<=>(TimeOfDay, TimeOfDay) noexcept = default;

 private:
  constexpr explicit TimeOfDay(std::int16_t m) noexcept : minutes_{m} {}
  std::int16_t minutes_{-1};
};

std::string to_string(TimeOfDay t);  // "10.00am", the house style of the seed agendas; "" when empty
std::string to_iso(TimeOfDay t);     // "10:00"; "" when empty
// "10.00am", "6:30pm", "11.45am", "10am", "12.00pm" (noon), "14:30" (24-hour). Rejects
// "25.00am", "10.60am". Throws ParseError.
TimeOfDay parse_time(std::string_view text);

struct TimeRange {
  TimeOfDay start;
  TimeOfDay end;
  // [aggregate] Both ends are set.
  bool ok() const noexcept { return start.ok() && end.ok(); }
  // A range whose end is not after its start is representable (documents contain them:
  // "10.00pm – 11.45am") and is reported by validation, not refused by the parser.
  bool ends_after_start() const noexcept { return end > start; }
  friend bool operator==(const TimeRange&, const TimeRange&) = default;
};
std::string to_string(const TimeRange& r);
// "10.00am – 11.45am" (en dash, hyphen or "to"). Throws ParseError on unreadable times.
TimeRange parse_time_range(std::string_view text);

}  // namespace commissioning
