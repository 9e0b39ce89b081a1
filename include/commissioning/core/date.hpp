#pragma once
// A calendar date, wrapping Boost.Date_Time's gregorian date so that no raw string ever
// stands for a date. Default-constructed dates are "not a date": ok() is false.
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace commissioning {

enum class Weekday : std::uint8_t { Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday };
std::string_view to_string(Weekday w) noexcept;

class Date {
 public:
  Date() = default;
  // Throws std::invalid_argument naming the bad field (e.g. 31 June).
  Date(int year, unsigned month, unsigned day);
  static std::optional<Date> make(int year, unsigned month, unsigned day) noexcept;
  explicit Date(boost::gregorian::date d) noexcept : d_{d} {}

  bool ok() const noexcept { return !d_.is_special(); }
  int year() const;
  unsigned month() const;
  unsigned day() const;
  Weekday weekday() const;
  Date plus_days(long days) const;
  long days_until(Date later) const;
  const boost::gregorian::date& boost_date() const noexcept { return d_; }

  friend bool operator==(const Date& a, const Date& b) noexcept { return a.d_ == b.d_; }
  friend std::strong_ordering operator<=>(const Date& a, const Date& b) noexcept;

 private:
  boost::gregorian::date d_{boost::gregorian::not_a_date_time};
};

std::string to_string(Date d);  // ISO 8601, "2018-07-03"; "not-a-date" when !ok()
std::string long_form(Date d);  // "Tuesday 3 July 2018"

// Where a date is written without its year ("1st September", "Monday 4th June"), the year
// comes from the document's context.
struct DateContext {
  std::optional<int> year;
};

// A date as a document wrote it. A stated weekday is kept so that a mismatch can be reported
// as a diagnostic rather than silently accepted or fatally rejected.
struct WrittenDate {
  Date date;
  std::optional<Weekday> stated_weekday;
  bool year_from_context{false};
  std::string verbatim;

  bool weekday_matches() const { return !stated_weekday || *stated_weekday == date.weekday(); }
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
    return d.ok() ? std::hash<long>{}(static_cast<long>(d.boost_date().day_number())) : 0;
  }
};
