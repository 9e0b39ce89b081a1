#include "commissioning/core/date.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <stdexcept>
#include <vector>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

namespace {
constexpr std::array<std::string_view, 12> month_names{
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};
constexpr std::string_view kind = "a date";

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}
unsigned to_uint(std::string_view s) {
  unsigned v = 0;
  for (char c : s) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}
std::string_view ordinal_suffix(unsigned day) {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  switch (day % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}
Date make_checked(std::string_view input, int y, unsigned m, unsigned d) {
  if (auto date = Date::make(y, m, d)) return *date;
  if (y < Date::min_year || y > Date::max_year)
    throw ParseError(kind, input, 0, fmt::format("the year {} is outside {}–{}", y, Date::min_year, Date::max_year));
  throw ParseError(kind, input, 0,
                   fmt::format("there is no day {} in {} {}", d,
                               m >= 1 && m <= 12 ? month_names[m - 1] : "month ?", y));
}
}  // namespace

// Printing and parsing come from the spelling table in date.hpp (full names and three-letter
// abbreviations).
std::string_view to_string(Weekday w) noexcept { return spelling(w); }

std::optional<Weekday> parse_weekday_name(std::string_view w) noexcept { return find_spelling<Weekday>(w); }

std::string_view month_name(unsigned month) noexcept {
  return month >= 1 && month <= 12 ? month_names[month - 1] : std::string_view{};
}

std::optional<unsigned> parse_month_name(std::string_view w) noexcept {
  for (unsigned i = 0; i < 12; ++i) {
    const auto full = month_names[i];
    if (text::iequals(w, full) || (w.size() == 3 && text::iequals(w, full.substr(0, 3))) ||
        (i == 8 && text::iequals(w, "Sept")))
      return i + 1;
  }
  return std::nullopt;
}

namespace date_detail {
void throw_no_such_date(int year, unsigned month, unsigned day) {
  throw std::invalid_argument(fmt::format("no such date: {}-{:02}-{:02}", year, month, day));
}
void throw_out_of_range(long days) {
  throw std::out_of_range(fmt::format("moving a date by {} days leaves the years {}–{}", days, Date::min_year,
                                      Date::max_year));
}
}  // namespace date_detail

std::string to_string(Date d) {
  if (!d.ok()) return "not-a-date";
  return fmt::format("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
}

std::string long_form(Date d) {
  if (!d.ok()) return "not-a-date";
  return fmt::format("{} {} {} {}", to_string(d.weekday()), d.day(), month_names[d.month() - 1], d.year());
}

WrittenDate parse_written_date(std::string_view input, DateContext ctx) {
  WrittenDate out;
  out.verbatim = std::string(input);
  const std::string norm = text::normalise(input);
  // Split into words on spaces and commas.
  std::vector<std::string_view> words;
  {
    std::string_view s = norm;
    std::size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
      const auto start = i;
      while (i < s.size() && s[i] != ' ' && s[i] != ',') ++i;
      if (i > start) words.push_back(s.substr(start, i - start));
    }
  }
  if (words.empty()) throw ParseError(kind, input, 0, "empty");
  std::size_t w = 0;
  if (auto wd = parse_weekday_name(words[0])) {
    out.stated_weekday = wd;
    ++w;
  }
  if (w >= words.size()) throw ParseError(kind, input, 0, "a weekday but no date");
  const auto first = words[w];

  // Numeric forms: dd/mm/yyyy, dd/mm/yy, yyyy-mm-dd.
  if (first.find('/') != std::string_view::npos || (first.size() == 10 && first[4] == '-')) {
    if (w + 1 != words.size()) throw ParseError(kind, input, 0, "unexpected text after the date");
    std::vector<std::string_view> parts;
    const char sep = first.find('/') != std::string_view::npos ? '/' : '-';
    std::size_t b = 0;
    for (std::size_t i = 0; i <= first.size(); ++i)
      if (i == first.size() || first[i] == sep) {
        parts.push_back(first.substr(b, i - b));
        b = i + 1;
      }
    if (parts.size() != 3 || !all_digits(parts[0]) || !all_digits(parts[1]) || !all_digits(parts[2]))
      throw ParseError(kind, input, 0, "expected dd/mm/yyyy, dd/mm/yy or yyyy-mm-dd");
    if (sep == '-') {
      out.date = make_checked(input, static_cast<int>(to_uint(parts[0])), to_uint(parts[1]), to_uint(parts[2]));
      return out;
    }
    if (parts[0].size() > 2 || parts[1].size() > 2 || (parts[2].size() != 2 && parts[2].size() != 4))
      throw ParseError(kind, input, 0, "expected dd/mm/yyyy or dd/mm/yy");
    int year = static_cast<int>(to_uint(parts[2]));
    if (parts[2].size() == 2) year += 2000;  // the documents are all 21st century
    out.date = make_checked(input, year, to_uint(parts[1]), to_uint(parts[0]));
    return out;
  }

  // Day with optional ordinal suffix, possibly split: "3rd", "3 rd" (after <sup> removal).
  std::size_t digits = 0;
  while (digits < first.size() && first[digits] >= '0' && first[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) throw ParseError(kind, input, 0, "expected a day of the month");
  const unsigned day = to_uint(first.substr(0, digits));
  std::string_view suffix = first.substr(digits);
  ++w;
  if (suffix.empty() && w < words.size() &&
      (text::iequals(words[w], "st") || text::iequals(words[w], "nd") || text::iequals(words[w], "rd") ||
       text::iequals(words[w], "th"))) {
    suffix = words[w];
    ++w;
  }
  if (!suffix.empty() && !text::iequals(suffix, ordinal_suffix(day)))
    throw ParseError(kind, input, digits,
                     fmt::format("the ordinal of {} is \"{}\", not \"{}\"", day, ordinal_suffix(day), suffix));
  if (w < words.size() && text::iequals(words[w], "of")) ++w;
  if (w >= words.size()) throw ParseError(kind, input, input.size(), "expected a month name");
  const auto month = parse_month_name(words[w]);
  if (!month) throw ParseError(kind, input, 0, fmt::format("\"{}\" is not a month", words[w]));
  ++w;
  int year = 0;
  if (w < words.size()) {
    if (!all_digits(words[w]) || words[w].size() != 4)
      throw ParseError(kind, input, 0, fmt::format("\"{}\" is not a four-digit year", words[w]));
    year = static_cast<int>(to_uint(words[w]));
    ++w;
  } else if (ctx.year) {
    year = *ctx.year;
    out.year_from_context = true;
  } else {
    throw ParseError(kind, input, input.size(), "no year given, and no context year to assume");
  }
  if (w != words.size()) throw ParseError(kind, input, 0, "unexpected text after the date");
  out.date = make_checked(input, year, *month, day);
  return out;
}

Date parse_date(std::string_view text, DateContext ctx) {
  auto wd = parse_written_date(text, ctx);
  if (!wd.weekday_matches())
    throw ParseError(kind, text, 0,
                     fmt::format("it says {} but {} is a {}", to_string(*wd.stated_weekday),
                                 to_string(wd.date), to_string(wd.date.weekday())));
  return wd.date;
}

}  // namespace commissioning
