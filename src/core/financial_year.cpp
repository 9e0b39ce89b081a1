#include "commissioning/core/financial_year.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

namespace {
// Reads digits at s[pos...]; returns the value and how many digits.
std::pair<unsigned, std::size_t> digits_at(std::string_view s, std::size_t pos) {
  unsigned v = 0;
  std::size_t n = 0;
  while (pos + n < s.size() && n < 5 && s[pos + n] >= '0' && s[pos + n] <= '9')
    v = v * 10 + static_cast<unsigned>(s[pos + n++] - '0');
  return {v, n};
}

// Parses a financial year starting at s[pos]; advances pos past it.
FinancialYear read_year(std::string_view input, std::string_view s, std::size_t& pos) {
  constexpr std::string_view kind = "a financial year";
  if (text::istarts_with(s.substr(pos), "FY")) pos += 2;
  while (pos < s.size() && s[pos] == ' ') ++pos;
  const auto [first, n1] = digits_at(s, pos);
  if (n1 != 2 && n1 != 4) throw ParseError(kind, input, pos, "expected a year such as 2018/19");
  pos += n1;
  if (pos >= s.size() || (s[pos] != '/' && s[pos] != '-'))
    throw ParseError(kind, input, pos, "expected '/' between the two years, as in 2018/19");
  ++pos;
  const auto [second, n2] = digits_at(s, pos);
  if (n2 != 2 && n2 != 4) throw ParseError(kind, input, pos, "expected the second year, as in 2018/19");
  const int start = n1 == 2 ? 2000 + static_cast<int>(first) : static_cast<int>(first);
  const int end = n2 == 2 ? (start / 100) * 100 + static_cast<int>(second) : static_cast<int>(second);
  const int expected_end = start + 1;
  const bool matches = n2 == 4 ? end == expected_end : static_cast<int>(second) == expected_end % 100;
  if (!matches)
    throw ParseError(kind, input, pos,
                     fmt::format("a financial year spans consecutive years: {} is followed by {}, not {}",
                                 start, expected_end, n2 == 4 ? end : static_cast<int>(second)));
  pos += n2;
  const auto y = FinancialYear::make(start);
  if (!y) throw ParseError(kind, input, 0, "year out of range");
  return *y;
}
}  // namespace

namespace period_detail {
void throw_bad_period(std::string_view what, int value) {
  throw std::invalid_argument(fmt::format("no such {} {}", what, value));
}
}  // namespace period_detail

FinancialYear FinancialYear::containing(Date d) {
  // Callers such as Python pass None through as an empty date: an input error, not a crash.
  if (!d.ok()) throw std::invalid_argument("no financial year contains an empty date");
  return FinancialYear{d.month() >= 4 ? d.year() : d.year() - 1};
}

std::string to_string(FinancialYear y) {
  if (!y.ok()) return {};
  return fmt::format("{}/{:02}", y.start_year(), y.end_year() % 100);
}

FinancialYear parse_financial_year(std::string_view input) {
  const std::string norm = text::normalise(input);
  std::size_t pos = 0;
  const auto y = read_year(input, norm, pos);
  if (pos != norm.size()) throw ParseError("a financial year", input, pos, "unexpected text after the year");
  return y;
}

Date FinancialMonth::last_day() const {
  return Date{calendar_year(), calendar_month(), civil::last_day_of_month(calendar_year(), calendar_month())};
}

std::string to_string(FinancialMonth m) {
  if (!m.ok()) return {};
  return fmt::format("{} Month {}", to_string(m.year()), m.month());
}

FinancialMonth parse_financial_month(std::string_view input, std::optional<FinancialYear> context) {
  constexpr std::string_view kind = "a financial month";
  const std::string norm = text::normalise(input);
  std::string_view s = norm;
  std::optional<FinancialYear> year;
  std::optional<unsigned> month;
  std::size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    if (pos >= s.size()) break;
    const auto rest = s.substr(pos);
    if (text::istarts_with(rest, "month") || ((rest[0] == 'M' || rest[0] == 'm') && rest.size() > 1 &&
                                              rest[1] >= '0' && rest[1] <= '9')) {
      pos += text::istarts_with(rest, "month") ? 5u : 1u;
      while (pos < s.size() && s[pos] == ' ') ++pos;
      const auto [m, n] = digits_at(s, pos);
      if (n == 0) throw ParseError(kind, input, pos, "expected a month number after \"Month\"");
      if (m < 1 || m > 12) throw ParseError(kind, input, pos, fmt::format("month {} is not 1–12", m));
      month = m;
      pos += n;
    } else if (rest[0] >= '0' && rest[0] <= '9') {
      year = read_year(input, s, pos);
    } else {
      throw ParseError(kind, input, pos, "expected \"Month N\" and a financial year");
    }
  }
  if (!month) throw ParseError(kind, input, 0, "no \"Month N\"");
  if (!year) year = context;
  if (!year) throw ParseError(kind, input, 0, "no financial year given, and none from context");
  return FinancialMonth(*year, *month);
}

Date Quarter::first_day() const { return FinancialMonth(year_, quarter() * 3 - 2).first_day(); }
Date Quarter::last_day() const { return FinancialMonth(year_, quarter() * 3).last_day(); }

std::string to_string(Quarter q) {
  if (!q.ok()) return {};
  return fmt::format("Q{} {}", q.quarter(), to_string(q.year()));
}

Quarter parse_quarter(std::string_view input) {
  constexpr std::string_view kind = "a quarter";
  const std::string norm = text::normalise(input);
  std::string_view s = norm;
  std::size_t pos = 0;
  if (text::istarts_with(s, "quarter")) {
    pos = 7;
  } else if (!s.empty() && (s[0] == 'Q' || s[0] == 'q')) {
    pos = 1;
  } else {
    throw ParseError(kind, input, 0, "expected Q1–Q4 or \"quarter\"");
  }
  while (pos < s.size() && s[pos] == ' ') ++pos;
  unsigned q = 0;
  static constexpr std::string_view words[] = {"one", "two", "three", "four"};
  const auto [num, n] = digits_at(s, pos);
  if (n == 1) {
    q = num;
    pos += 1;
  } else {
    for (unsigned i = 0; i < 4; ++i)
      if (text::istarts_with(s.substr(pos), words[i])) {
        q = i + 1;
        pos += words[i].size();
        break;
      }
  }
  if (q < 1 || q > 4) throw ParseError(kind, input, pos, "a quarter is numbered 1–4");
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (text::istarts_with(s.substr(pos), "of ")) pos += 3;
  if (pos >= s.size()) throw ParseError(kind, input, pos, "no financial year: write e.g. Q1 2018/19");
  const auto [y, ny] = digits_at(s, pos);
  if (ny == 4 && (pos + 4 == s.size() || s[pos + 4] == ' '))
    throw ParseError(kind, input, pos,
                     fmt::format("\"Q{} {}\" is ambiguous: say {}/{:02} or {}/{:02}", q, y, y - 1, y % 100,
                                 y, (y + 1) % 100));
  const auto year = read_year(input, s, pos);
  if (pos != s.size()) throw ParseError(kind, input, pos, "unexpected text after the quarter");
  return Quarter(year, q);
}

}  // namespace commissioning
