#pragma once
// The NHS financial year runs 1 April to 31 March and is written "2018/19".
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "commissioning/core/date.hpp"

namespace commissioning {

class FinancialYear {
 public:
  constexpr FinancialYear() noexcept = default;
  // start_year is the calendar year in which the financial year begins: 2018 for 2018/19.
  constexpr explicit FinancialYear(int start_year) noexcept : start_{start_year} {}
  static FinancialYear containing(Date d);

  constexpr int start_year() const noexcept { return start_; }
  constexpr int end_year() const noexcept { return start_ + 1; }
  constexpr bool ok() const noexcept { return start_ >= 1900 && start_ <= 9998; }
  Date first_day() const { return Date{start_, 4, 1}; }
  Date last_day() const { return Date{start_ + 1, 3, 31}; }
  bool contains(Date d) const { return d >= first_day() && d <= last_day(); }
  constexpr FinancialYear next() const noexcept { return FinancialYear{start_ + 1}; }

  friend constexpr auto operator<=>(FinancialYear, FinancialYear) noexcept = default;

 private:
  int start_{0};
};

std::string to_string(FinancialYear y);  // "2018/19"
// "2018/19", "18/19", "2018-19", "2018/2019", "FY2018/19". Rejects "2017/16" and "2017/19"
// (the years must be consecutive). Throws ParseError.
FinancialYear parse_financial_year(std::string_view text);

// "Month 2" of 2018/19 is May 2018: NHS finance counts months from April.
class FinancialMonth {
 public:
  constexpr FinancialMonth() noexcept = default;
  // Throws std::invalid_argument unless 1 <= month <= 12.
  FinancialMonth(FinancialYear year, unsigned month);

  constexpr FinancialYear year() const noexcept { return year_; }
  constexpr unsigned month() const noexcept { return month_; }
  constexpr unsigned calendar_month() const noexcept { return (month_ + 2u) % 12u + 1u; }
  constexpr int calendar_year() const noexcept {
    return month_ <= 9 ? year_.start_year() : year_.end_year();
  }
  Date first_day() const { return Date{calendar_year(), calendar_month(), 1}; }
  Date last_day() const;

  friend constexpr auto operator<=>(FinancialMonth, FinancialMonth) noexcept = default;

 private:
  FinancialYear year_{};
  unsigned month_{1};
};

std::string to_string(FinancialMonth m);  // "2018/19 Month 2"
// "2018/19 Month 2", "Month 2 2018/19", "M2 2018/19"; "Month 2" alone with a context year.
FinancialMonth parse_financial_month(std::string_view text,
                                     std::optional<FinancialYear> context = std::nullopt);

class Quarter {
 public:
  constexpr Quarter() noexcept = default;
  Quarter(FinancialYear year, unsigned quarter);  // 1..4, Q1 = April–June

  constexpr FinancialYear year() const noexcept { return year_; }
  constexpr unsigned quarter() const noexcept { return q_; }
  Date first_day() const;
  Date last_day() const;

  friend constexpr auto operator<=>(Quarter, Quarter) noexcept = default;

 private:
  FinancialYear year_{};
  unsigned q_{1};
};

std::string to_string(Quarter q);  // "Q1 2018/19"
// "Q1 2018/19", "Q1 18/19", "quarter 1 of 2018/19", "Quarter 4 2017/18". "Q1 2017" is
// refused as ambiguous (is it 2016/17 or 2017/18?) with that reason.
Quarter parse_quarter(std::string_view text);

}  // namespace commissioning

template <>
struct std::hash<commissioning::FinancialYear> {
  std::size_t operator()(commissioning::FinancialYear y) const noexcept {
    return std::hash<int>{}(y.start_year());
  }
};
