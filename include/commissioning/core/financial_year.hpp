#pragma once
// The NHS financial year runs 1 April to 31 March and is written "2018/19".
// Value policy (core/value_policy.hpp), the same for FinancialYear, FinancialMonth and Quarter:
// [default] a default value is empty (!ok()), sorts before every real period, and prints as "";
// [numeric] FinancialYear{2018}, FinancialMonth{y, 2}, Quarter{y, 1} throw
// std::invalid_argument for a year outside 1900/01–9998/99, a month outside 1–12, a quarter
// outside 1–4 or an empty year; [make] FinancialYear::make(2018), FinancialMonth::make(y, 2),
// Quarter::make(y, 1); [text] parse_financial_year, parse_financial_month and parse_quarter
// throw ParseError.
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <gsl/assert>

#include "commissioning/core/date.hpp"
#include "commissioning/core/value_policy.hpp"

namespace commissioning {

namespace period_detail {
[[noreturn]] void throw_bad_period(std::string_view what, int value);
}

class FinancialYear {
 public:
  static constexpr int min_start_year = 1900;
  static constexpr int max_start_year = 9998;

  constexpr FinancialYear() noexcept = default;
  // [numeric] start_year is the calendar year in which the financial year begins: 2018 for
  // 2018/19. Throws std::invalid_argument outside 1900–9998.
  constexpr explicit FinancialYear(int start_year) : start_{start_year} {
    if (!ok()) period_detail::throw_bad_period("financial year starting in", start_year);
  }
  // [make]
  static constexpr std::optional<FinancialYear> make(int start_year) noexcept {
    if (start_year < min_start_year || start_year > max_start_year) return std::nullopt;
    return FinancialYear{start_year};
  }
  // The financial year a date falls in; throws std::invalid_argument for an empty date or
  // one before April 1900.
  static FinancialYear containing(Date d);

  constexpr bool ok() const noexcept { return start_ >= min_start_year && start_ <= max_start_year; }
  constexpr int start_year() const noexcept {
    Expects(ok());
    return start_;
  }
  constexpr int end_year() const noexcept { return start_year() + 1; }
  Date first_day() const { return Date{start_year(), 4, 1}; }
  Date last_day() const { return Date{end_year(), 3, 31}; }
  bool contains(Date d) const { return d >= first_day() && d <= last_day(); }
  // Throws std::invalid_argument after 9998/99.
  constexpr FinancialYear next() const { return FinancialYear{start_year() + 1}; }

  friend constexpr auto operator<=>(FinancialYear, FinancialYear) noexcept = default;

 private:
  int start_{0};
};

std::string to_string(FinancialYear y);  // "2018/19"; "" when empty
// "2018/19", "18/19", "2018-19", "2018/2019", "FY2018/19". Rejects "2017/16" and "2017/19"
// (the years must be consecutive). Throws ParseError.
FinancialYear parse_financial_year(std::string_view text);

// "Month 2" of 2018/19 is May 2018: NHS finance counts months from April.
class FinancialMonth {
 public:
  constexpr FinancialMonth() noexcept = default;
  // [numeric] Throws std::invalid_argument unless the year is ok() and 1 <= month <= 12.
  constexpr FinancialMonth(FinancialYear year, unsigned month) : year_(year), month_(month) {
    if (!year.ok()) period_detail::throw_bad_period("financial month of an empty year, month", static_cast<int>(month));
    if (!ok()) period_detail::throw_bad_period("financial month (1–12)", static_cast<int>(month));
  }
  // [make]
  static constexpr std::optional<FinancialMonth> make(FinancialYear year, unsigned month) noexcept {
    if (!year.ok() || month < 1 || month > 12) return std::nullopt;
    return FinancialMonth{year, month};
  }

  constexpr bool ok() const noexcept { return year_.ok() && month_ >= 1 && month_ <= 12; }
  constexpr FinancialYear year() const noexcept { return year_; }
  constexpr unsigned month() const noexcept {
    Expects(ok());
    return month_;
  }
  constexpr unsigned calendar_month() const noexcept { return (month() + 2u) % 12u + 1u; }
  constexpr int calendar_year() const noexcept {
    return month() <= 9 ? year_.start_year() : year_.end_year();
  }
  Date first_day() const { return Date{calendar_year(), calendar_month(), 1}; }
  Date last_day() const;

  friend constexpr auto operator<=>(FinancialMonth, FinancialMonth) noexcept = default;

 private:
  FinancialYear year_{};
  unsigned month_{0};
};

std::string to_string(FinancialMonth m);  // "2018/19 Month 2"; "" when empty
// "2018/19 Month 2", "Month 2 2018/19", "M2 2018/19"; "Month 2" alone with a context year.
FinancialMonth parse_financial_month(std::string_view text,
                                     std::optional<FinancialYear> context = std::nullopt);

class Quarter {
 public:
  constexpr Quarter() noexcept = default;
  // [numeric] 1..4, Q1 = April–June. Throws std::invalid_argument for another number or an
  // empty year.
  constexpr Quarter(FinancialYear year, unsigned quarter) : year_(year), q_(quarter) {
    if (!year.ok()) period_detail::throw_bad_period("quarter of an empty year, quarter", static_cast<int>(quarter));
    if (!ok()) period_detail::throw_bad_period("quarter (1–4)", static_cast<int>(quarter));
  }
  // [make]
  static constexpr std::optional<Quarter> make(FinancialYear year, unsigned quarter) noexcept {
    if (!year.ok() || quarter < 1 || quarter > 4) return std::nullopt;
    return Quarter{year, quarter};
  }

  constexpr bool ok() const noexcept { return year_.ok() && q_ >= 1 && q_ <= 4; }
  constexpr FinancialYear year() const noexcept { return year_; }
  constexpr unsigned quarter() const noexcept {
    Expects(ok());
    return q_;
  }
  Date first_day() const;
  Date last_day() const;

  friend constexpr auto operator<=>(Quarter, Quarter) noexcept = default;

 private:
  FinancialYear year_{};
  unsigned q_{0};
};

std::string to_string(Quarter q);  // "Q1 2018/19"; "" when empty
// "Q1 2018/19", "Q1 18/19", "quarter 1 of 2018/19", "Quarter 4 2017/18". "Q1 2017" is
// refused as ambiguous (is it 2016/17 or 2017/18?) with that reason.
Quarter parse_quarter(std::string_view text);

}  // namespace commissioning

template <>
struct std::hash<commissioning::FinancialYear> {
  std::size_t operator()(commissioning::FinancialYear y) const noexcept {
    return y.ok() ? std::hash<int>{}(y.start_year()) : 0;
  }
};
