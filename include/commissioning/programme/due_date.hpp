#pragma once
// When a milestone is due, as plans write it: often fuzzy. "3rd August 2018", "June 2018",
// "Q1 2018/19", "2019/20", "April to June 2017", "end of June 2017", "TBC", "Ongoing". The
// verbatim text is kept; the earliest and latest dates it can mean are derived.
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "commissioning/core/date.hpp"

namespace commissioning {

// A calendar month: "June 2018" (the month a highlight report covers).
class CalendarMonth {
 public:
  CalendarMonth() = default;
  CalendarMonth(int year, unsigned month);  // throws std::invalid_argument
  int year() const noexcept { return year_; }
  unsigned month() const noexcept { return month_; }
  Date first_day() const { return Date{year_, month_, 1}; }
  Date last_day() const;
  friend auto operator<=>(const CalendarMonth&, const CalendarMonth&) = default;

 private:
  int year_{2000};
  unsigned month_{1};
};
std::string to_string(CalendarMonth m);  // "June 2018"
// "June 2018", "Jun 2018", "June-2018". Throws ParseError.
CalendarMonth parse_calendar_month(std::string_view text);

enum class DueKind : std::uint8_t { Exact, Month, Quarter, FinancialYear, Range, Tbc, Ongoing, Unstated };
std::string_view to_string(DueKind k) noexcept;  // "exact", "month", …

class DueDate {
 public:
  DueDate() = default;  // unstated
  DueKind kind() const noexcept { return kind_; }
  // The first and last days the text can mean; not-a-date for TBC, Ongoing and Unstated.
  Date earliest() const noexcept { return earliest_; }
  Date latest() const noexcept { return latest_; }
  const std::string& verbatim() const noexcept { return verbatim_; }
  bool has_dates() const noexcept { return latest_.ok(); }

  friend bool operator==(const DueDate&, const DueDate&) = default;
  friend DueDate parse_due_date(std::string_view text);

 private:
  DueKind kind_{DueKind::Unstated};
  Date earliest_{};
  Date latest_{};
  std::string verbatim_;
};

// Reads a due date as written (see above; also "FY2018/19", "by 3rd August 2018", "Q4 17/18",
// "September 2018 – March 2019", and the spreadsheet forms "Mar-17" and "31-Mar-17"). Throws ParseError with the reason: "Q1 2017/16" is refused
// because 2017/16 is not a financial year; a range that ends before it starts is refused.
DueDate parse_due_date(std::string_view text);

}  // namespace commissioning
