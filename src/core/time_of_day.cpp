#include "commissioning/core/time_of_day.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

namespace {
constexpr std::string_view kind = "a time";
}

namespace time_detail {
void throw_no_such_time(unsigned hour, unsigned minute) {
  throw std::invalid_argument(fmt::format("no such time: {:02}:{:02}", hour, minute));
}
}  // namespace time_detail

std::optional<TimeOfDay> TimeOfDay::plus_minutes(unsigned m) const noexcept {
  if (!ok() || m >= 24 * 60) return std::nullopt;
  const unsigned total = minutes_since_midnight() + m;
  return make(total / 60, total % 60);
}

std::string to_string(TimeOfDay t) {
  if (!t.ok()) return {};
  const unsigned h12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
  return fmt::format("{}.{:02}{}", h12, t.minute(), t.hour() < 12 ? "am" : "pm");
}

std::string to_iso(TimeOfDay t) {
  if (!t.ok()) return {};
  return fmt::format("{:02}:{:02}", t.hour(), t.minute());
}

TimeOfDay parse_time(std::string_view input) {
  const std::string_view s = text::trim(input);
  std::size_t pos = 0;
  auto number = [&](std::size_t max_digits) -> std::optional<unsigned> {
    const auto start = pos;
    unsigned v = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9' && pos - start < max_digits)
      v = v * 10 + static_cast<unsigned>(s[pos++] - '0');
    if (pos == start) return std::nullopt;
    return v;
  };
  const auto hour = number(2);
  if (!hour) throw ParseError(kind, input, pos, "expected an hour");
  unsigned minute = 0;
  bool has_minutes = false;
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ':')) {
    ++pos;
    const auto start = pos;
    const auto m = number(2);
    if (!m || pos - start != 2) throw ParseError(kind, input, pos, "expected two digits of minutes");
    if (*m > 59) throw ParseError(kind, input, start, fmt::format("{} is not a minute (00–59)", *m));
    minute = *m;
    has_minutes = true;
  }
  while (pos < s.size() && s[pos] == ' ') ++pos;
  const std::string_view rest = s.substr(pos);
  if (rest.empty()) {
    if (!has_minutes) throw ParseError(kind, input, pos, "expected minutes or am/pm");
    if (*hour > 23) throw ParseError(kind, input, 0, fmt::format("{} is not an hour (0–23)", *hour));
    return TimeOfDay(*hour, minute);
  }
  const bool am = text::iequals(rest, "am") || text::iequals(rest, "a.m.");
  const bool pm = text::iequals(rest, "pm") || text::iequals(rest, "p.m.");
  if (!am && !pm) throw ParseError(kind, input, pos, "expected am or pm");
  if (*hour < 1 || *hour > 12)
    throw ParseError(kind, input, 0, fmt::format("{} is not an hour on a 12-hour clock (1–12)", *hour));
  const unsigned h24 = (*hour % 12) + (pm ? 12u : 0u);
  return TimeOfDay(h24, minute);
}

std::string to_string(const TimeRange& r) { return to_string(r.start) + " \u2013 " + to_string(r.end); }

TimeRange parse_time_range(std::string_view input) {
  const std::string norm = text::normalise(input);
  const std::string_view s = norm;
  for (const std::string_view sep : {std::string_view{"\u2013"}, std::string_view{"\u2014"},
                                     std::string_view{" to "}, std::string_view{"-"}}) {
    const auto at = s.find(sep);
    if (at == std::string_view::npos) continue;
    TimeRange r;
    r.start = parse_time(s.substr(0, at));
    r.end = parse_time(s.substr(at + sep.size()));
    return r;
  }
  throw ParseError("a time range", input, 0, "expected two times separated by a dash or \"to\"");
}

}  // namespace commissioning
