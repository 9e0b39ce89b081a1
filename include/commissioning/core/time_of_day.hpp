#pragma once
// Clock times as agendas write them ("10.00am", "6:30pm") and meeting windows
// ("10.00am – 11.45am"). Minutes since midnight; no time zone: meetings are local.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace commissioning {

class TimeOfDay {
 public:
  constexpr TimeOfDay() noexcept = default;
  // Throws std::invalid_argument outside 00:00–23:59.
  TimeOfDay(unsigned hour, unsigned minute);
  static constexpr TimeOfDay from_minutes_unchecked(std::uint16_t m) noexcept { return TimeOfDay{m}; }

  constexpr unsigned hour() const noexcept { return minutes_ / 60u; }
  constexpr unsigned minute() const noexcept { return minutes_ % 60u; }
  constexpr unsigned minutes_since_midnight() const noexcept { return minutes_; }
  // Adds minutes; std::nullopt past midnight (an agenda running into tomorrow is an error
  // for the caller to report, not a wrap-around).
  std::optional<TimeOfDay> plus_minutes(unsigned m) const noexcept;

  friend constexpr auto operator<=>(TimeOfDay, TimeOfDay) noexcept = default;

 private:
  constexpr explicit TimeOfDay(std::uint16_t m) noexcept : minutes_{m} {}
  std::uint16_t minutes_{0};
};

std::string to_string(TimeOfDay t);  // "10.00am", the house style of the seed agendas
std::string to_iso(TimeOfDay t);     // "10:00"
// "10.00am", "6:30pm", "11.45am", "10am", "12.00pm" (noon), "14:30" (24-hour). Rejects
// "25.00am", "10.60am". Throws ParseError.
TimeOfDay parse_time(std::string_view text);

struct TimeRange {
  TimeOfDay start;
  TimeOfDay end;
  // A range whose end is not after its start is representable (documents contain them:
  // "10.00pm – 11.45am") and is reported by validation, not refused by the parser.
  bool ok() const noexcept { return end > start; }
  friend bool operator==(const TimeRange&, const TimeRange&) = default;
};
std::string to_string(const TimeRange& r);
// "10.00am – 11.45am" (en dash, hyphen or "to"). Throws ParseError on unreadable times.
TimeRange parse_time_range(std::string_view text);

}  // namespace commissioning
