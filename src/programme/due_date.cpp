#include "commissioning/programme/due_date.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <optional>
#include <stdexcept>
#include <vector>

#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

namespace {
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
    const auto start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '-') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// "June 2018" → that month; "June" alone with a year from the other end of a range. Throws
// ParseError for a year out of range ("June 1008").
std::optional<CalendarMonth> month_of(std::string_view s, std::optional<int> context_year) {
  const auto w = words_of(s);
  if (w.size() == 2 && all_digits(w[1]) && w[1].size() == 4) {
    if (auto m = parse_month_name(w[0])) {
      const int year = std::stoi(std::string(w[1]));
      if (year < 1400) throw ParseError("a month", s, static_cast<std::size_t>(w[1].data() - s.data()),
                                        fmt::format("the year {} is out of range", year));
      return CalendarMonth{year, *m};
    }
  }
  // "Mar-17", as spreadsheets write a month: a two-digit year is 20YY.
  if (w.size() == 2 && all_digits(w[1]) && w[1].size() == 2 && s.find('-') != std::string_view::npos) {
    if (auto m = parse_month_name(w[0])) return CalendarMonth{2000 + std::stoi(std::string(w[1])), *m};
  }
  if (w.size() == 1 && context_year) {
    if (auto m = parse_month_name(w[0])) return CalendarMonth{*context_year, *m};
  }
  return std::nullopt;
}

bool looks_like_financial_year(std::string_view s) {
  if (text::istarts_with(s, "FY")) s.remove_prefix(2);
  s = text::trim(s);
  const auto sep = s.find_first_of("/-");
  if (sep == std::string_view::npos) return false;
  const auto a = s.substr(0, sep), b = s.substr(sep + 1);
  return all_digits(a) && all_digits(b) && (a.size() == 2 || a.size() == 4) && (b.size() == 2 || b.size() == 4);
}

struct Span {
  DueKind kind;
  Date earliest;
  Date latest;
};

Span parse_single(std::string_view input, std::string_view s, std::optional<int> context_year) {
  constexpr std::string_view kind = "a due date";
  if (text::istarts_with(s, "by ")) s = text::trim(s.substr(3));
  bool end_of = false;
  if (text::istarts_with(s, "end of ")) {
    s = text::trim(s.substr(7));
    end_of = true;
  }
  if (s.empty()) throw ParseError(kind, input, 0, "nothing to read");
  if (text::istarts_with(s, "Q") || text::istarts_with(s, "quarter")) {
    try {
      const auto q = parse_quarter(s);
      return {DueKind::Quarter, q.first_day(), q.last_day()};
    } catch (const ParseError& e) {
      throw ParseError(kind, input, 0, fmt::format("not a quarter: {}", e.reason()));
    }
  }
  if (looks_like_financial_year(s)) {
    try {
      const auto y = parse_financial_year(s);
      return {DueKind::FinancialYear, y.first_day(), y.last_day()};
    } catch (const ParseError& e) {
      throw ParseError(kind, input, 0, fmt::format("not a financial year: {}", e.reason()));
    }
  }
  std::optional<CalendarMonth> month;
  try {
    month = month_of(s, context_year);
  } catch (const ParseError& e) {
    throw ParseError(kind, input, 0, e.reason());
  }
  if (const auto& m = month) {
    if (end_of) return {DueKind::Exact, m->last_day(), m->last_day()};
    return {DueKind::Month, m->first_day(), m->last_day()};
  }
  // "31-Mar-17": day, month name, two- or four-digit year.
  if (const auto w = words_of(s); w.size() == 3 && s.find('-') != std::string_view::npos && all_digits(w[0]) && w[0].size() <= 2 &&
                                  all_digits(w[2]) && (w[2].size() == 2 || w[2].size() == 4)) {
    if (auto m = parse_month_name(w[1])) {
      const int year = w[2].size() == 2 ? 2000 + std::stoi(std::string(w[2])) : std::stoi(std::string(w[2]));
      const auto day = static_cast<unsigned>(std::stoi(std::string(w[0])));
      if (auto d = Date::make(year, *m, day)) return {DueKind::Exact, *d, *d};
      throw ParseError(kind, input, 0, fmt::format("there is no day {} in {} {}", day, month_name(*m), year));
    }
  }
  try {
    DateContext ctx;
    ctx.year = context_year;
    const auto d = parse_date(s, ctx);
    return {DueKind::Exact, d, d};
  } catch (const ParseError& e) {
    throw ParseError(kind, input, 0,
                     fmt::format("expected a date, a month (June 2018), a quarter (Q1 2018/19), a financial year (2018/19), "
                                 "a range (April to June 2017), TBC or Ongoing: {}",
                                 e.reason()));
  }
}

// The year a range's right-hand side ends with, for a left side written without one.
std::optional<int> trailing_year(std::string_view s) {
  const auto w = words_of(s);
  if (!w.empty() && all_digits(w.back()) && w.back().size() == 4) return std::stoi(std::string(w.back()));
  return std::nullopt;
}
}  // namespace

CalendarMonth::CalendarMonth(int year, unsigned month) {
  if (month < 1 || month > 12) throw std::invalid_argument(fmt::format("month {} is not 1–12", month));
  if (year < 1400 || year > 9999) throw std::invalid_argument(fmt::format("year {} is out of range", year));
  year_ = year;
  month_ = month;
}

Date CalendarMonth::last_day() const {
  return Date{year_, month_, civil::last_day_of_month(year_, month_)};
}

std::string to_string(CalendarMonth m) { return fmt::format("{} {}", month_name(m.month()), m.year()); }

CalendarMonth parse_calendar_month(std::string_view text) {
  const auto norm = text::normalise(text);
  if (auto m = month_of(norm, std::nullopt)) return *m;
  throw ParseError("a month", text, 0, "expected a month and a year: June 2018");
}

std::string_view to_string(DueKind k) noexcept {
  switch (k) {
    case DueKind::Exact: return "exact";
    case DueKind::Month: return "month";
    case DueKind::Quarter: return "quarter";
    case DueKind::FinancialYear: return "financial year";
    case DueKind::Range: return "range";
    case DueKind::Tbc: return "TBC";
    case DueKind::Ongoing: return "ongoing";
    case DueKind::Unstated: return "unstated";
  }
  return "?";
}

DueDate parse_due_date(std::string_view text) {
  DueDate d;
  d.verbatim_ = std::string(text);
  const std::string norm = text::normalise(text);
  const std::string_view s = text::trim(norm);
  if (s.empty()) return d;
  if (text::iequals(s, "TBC") || text::iequals(s, "TBA") || text::iequals(s, "to be confirmed")) {
    d.kind_ = DueKind::Tbc;
    return d;
  }
  if (text::iequals(s, "ongoing") || text::iequals(s, "on-going") || text::iequals(s, "on going")) {
    d.kind_ = DueKind::Ongoing;
    return d;
  }
  // A range: "April to June 2017", "September 2018 – March 2019".
  std::size_t sep = std::string_view::npos, sep_len = 0;
  for (std::string_view token : {std::string_view(" to "), std::string_view(" – "), std::string_view(" — "), std::string_view(" - ")}) {
    if (const auto at = s.find(token); at != std::string_view::npos) {
      sep = at;
      sep_len = token.size();
      break;
    }
  }
  if (sep != std::string_view::npos) {
    const auto left = text::trim(s.substr(0, sep)), right = text::trim(s.substr(sep + sep_len));
    const auto r = parse_single(text, right, std::nullopt);
    const auto l = parse_single(text, left, trailing_year(right));
    if (r.latest < l.earliest)
      throw ParseError("a due date", text, 0,
                       fmt::format("the range ends ({}) before it starts ({})", to_string(r.latest), to_string(l.earliest)));
    d.kind_ = DueKind::Range;
    d.earliest_ = l.earliest;
    d.latest_ = r.latest;
    return d;
  }
  const auto one = parse_single(text, s, std::nullopt);
  d.kind_ = one.kind;
  d.earliest_ = one.earliest;
  d.latest_ = one.latest;
  return d;
}

}  // namespace commissioning
