#pragma once
// A calendar date, stored as a day number (days since 1970-01-01) so that construction,
// comparison and day arithmetic are constexpr and no raw string ever stands for a date.
// Value policy (core/value_policy.hpp): [default] Date{} is empty ("not a date");
// [numeric] Date{y, m, d} throws std::invalid_argument for a day that does not exist;
// [make] Date::make(y, m, d); [text] parse_date / parse_written_date throw ParseError.
// Years 1400–9999, the range Boost.Date_Time's gregorian calendar covers (the .cpp checks the
// two agree).
#include <compare>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include <gsl/assert>

#include "commissioning/core/spelling.hpp"
#include "commissioning/core/value_policy.hpp"

namespace commissioning {

enum class Weekday : std::uint8_t { Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday };
std::string_view to_string(Weekday w) noexcept;
// "Monday", "Mon" in any case; std::nullopt for anything else.
std::optional<Weekday> parse_weekday_name(std::string_view word) noexcept;

// The English month words the documents use, shared by every parser of dates.
std::string_view month_name(unsigned month) noexcept;  // 1 → "January"; "" outside 1–12
// "July", "Jul", "Sept" in any case → 1–12; std::nullopt for anything else.
std::optional<unsigned> parse_month_name(std::string_view word) noexcept;

namespace civil {
// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, day 0 = 1970-01-01).
constexpr bool is_leap(int y) noexcept { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
constexpr unsigned last_day_of_month(int y, unsigned m) noexcept {
  constexpr unsigned char days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29u : days[(m - 1) % 12];
}
constexpr std::int32_t days_from_civil(int y, unsigned m, unsigned d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int32_t>(doe) - 719468;
}
struct Ymd {
  int year;
  unsigned month;
  unsigned day;
};
constexpr Ymd civil_from_days(std::int32_t z) noexcept {
  z += 719468;
  const std::int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}
}  // namespace civil

namespace date_detail {
[[noreturn]] void throw_no_such_date(int year, unsigned month, unsigned day);
[[noreturn]] void throw_out_of_range(long days);
}  // namespace date_detail

class Date {
 public:
  static constexpr int min_year = 1400;
  static constexpr int max_year = 9999;

  constexpr Date() noexcept = default;
  // [numeric] Throws std::invalid_argument naming the bad field (e.g. 31 June).
  constexpr Date(int year, unsigned month, unsigned day) {
    const auto d = make(year, month, day);
    if (!d) date_detail::throw_no_such_date(year, month, day);
    *this = *d;
  }
  // [make]
  static constexpr std::optional<Date> make(int year, unsigned month, unsigned day) noexcept {
    if (year < min_year || year > max_year || month < 1 || month > 12 || day < 1 ||
        day > civil::last_day_of_month(year, month))
      return std::nullopt;
    return Date{civil::days_from_civil(year, month, day)};
  }

  constexpr bool ok() const noexcept { return days_ != empty; }
  constexpr int year() const noexcept { return ymd().year; }
  constexpr unsigned month() const noexcept { return ymd().month; }
  constexpr unsigned day() const noexcept { return ymd().day; }
  constexpr Weekday weekday() const noexcept {
    Expects(ok());
    // 1970-01-01 was a Thursday; days_ >= the day number of 1400-01-01, which is negative.
    return static_cast<Weekday>(((days_ % 7) + 11) % 7);
  }
  // The day number: days since 1970-01-01 (negative before it).
  constexpr std::int32_t days_since_epoch() const noexcept {
    Expects(ok());
    return days_;
  }
  // An empty date stays empty; leaving 1400–9999 throws std::out_of_range.
  constexpr Date plus_days(long days) const {
    if (!ok()) return *this;
    const long target = days_ + days;
    if (target < first_day || target > last_day) date_detail::throw_out_of_range(days);
    return Date{static_cast<std::int32_t>(target)};
  }
  constexpr long days_until(Date later) const noexcept {
    Expects(ok() && later.ok());
    return static_cast<long>(later.days_) - days_;
  }

  friend constexpr bool operator==(Date, Date) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(Date, Date) noexcept = default;

 private:
  static constexpr std::int32_t empty = std::numeric_limits<std::int32_t>::min();
  static constexpr std::int32_t first_day = civil::days_from_civil(min_year, 1, 1);
  static constexpr std::int32_t last_day = civil::days_from_civil(max_year, 12, 31);
  constexpr explicit Date(std::int32_t days) noexcept : days_{days} {}
  constexpr civil::Ymd ymd() const noexcept {
    Expects(ok());
    return civil::civil_from_days(days_);
  }
  std::int32_t days_{empty};
};

std::string to_string(Date d);  // ISO 8601, "2018-07-03"; "not-a-date" when empty
std::string long_form(Date d);  // "Tuesday 3 July 2018"

// Where a date is written without its year ("1st September", "Monday 4th June"), the year
// comes from the document's context.
struct DateContext {
  std::optional<int> year;
};

// A date as a document wrote it. A stated weekday is kept so that a mismatch can be reported
// as a diagnostic rather than silently accepted or fatally rejected. An [aggregate]: ok()
// when it holds a date; weekday_matches() is the rule validation checks.
struct WrittenDate {
  Date date;
  std::optional<Weekday> stated_weekday;
  bool year_from_context{false};
  std::string verbatim;

  bool ok() const noexcept { return date.ok(); }
  // True when no weekday is stated or there is no date to check it against.
  bool weekday_matches() const noexcept {
    return !stated_weekday || !date.ok() || *stated_weekday == date.weekday();
  }
  friend bool operator==(const WrittenDate&, const WrittenDate&) = default;
};

// Reads "Tuesday 3rd July 2018", "3<sup>rd</sup> July 2018", "5 <sup>th</sup> June 2018",
// "05/06/18", "10/04/2018", "1st September" (with ctx.year), "2018-07-03". Throws ParseError.
WrittenDate parse_written_date(std::string_view text, DateContext ctx = {});
// The date alone; a stated weekday that contradicts it is an error here.
Date parse_date(std::string_view text, DateContext ctx = {});

}  // namespace commissioning

template <>
struct std::hash<commissioning::Date> {
  std::size_t operator()(const commissioning::Date& d) const noexcept {
    return d.ok() ? std::hash<std::int32_t>{}(d.days_since_epoch()) : 0;
  }
};

// Full names (canonical) and three-letter abbreviations, any case.
COMMISSIONING_SPELLINGS(commissioning::Weekday, "weekday",
    {"Sunday", commissioning::Weekday::Sunday},
    {"Sun", commissioning::Weekday::Sunday},
    {"Monday", commissioning::Weekday::Monday},
    {"Mon", commissioning::Weekday::Monday},
    {"Tuesday", commissioning::Weekday::Tuesday},
    {"Tue", commissioning::Weekday::Tuesday},
    {"Wednesday", commissioning::Weekday::Wednesday},
    {"Wed", commissioning::Weekday::Wednesday},
    {"Thursday", commissioning::Weekday::Thursday},
    {"Thu", commissioning::Weekday::Thursday},
    {"Friday", commissioning::Weekday::Friday},
    {"Fri", commissioning::Weekday::Friday},
    {"Saturday", commissioning::Weekday::Saturday},
    {"Sat", commissioning::Weekday::Saturday})
