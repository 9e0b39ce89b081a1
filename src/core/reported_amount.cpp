#include "commissioning/core/reported_amount.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

namespace {
constexpr std::string_view kind = "money";
constexpr std::string_view pound = "\xC2\xA3";  // "£" in UTF-8

// Pence in one unit, and the number of decimal digits that still land on whole pence.
std::int64_t pence_per_unit(MoneyUnit u) noexcept {
  switch (u) {
    case MoneyUnit::Thousands: return 100'000;
    case MoneyUnit::Millions: return 100'000'000;
    case MoneyUnit::Pounds: break;
  }
  return 100;
}
unsigned max_decimals(MoneyUnit u) noexcept {
  switch (u) {
    case MoneyUnit::Thousands: return 5;
    case MoneyUnit::Millions: return 8;
    case MoneyUnit::Pounds: break;
  }
  return 2;
}
std::int64_t pow10(unsigned n) noexcept {
  std::int64_t r = 1;
  while (n-- > 0) r *= 10;
  return r;
}
}  // namespace

// Printing and the spellings come from the table in reported_amount.hpp.
std::string_view to_string(MoneyUnit u) noexcept { return spelling(u); }

MoneyUnit parse_money_unit(std::string_view raw) {
  std::string compact;
  for (char c : text::normalise(raw))
    if (c != ' ' && c != '\'' && c != '(' && c != ')') compact.push_back(c);
  if (compact.rfind(pound, 0) == 0) compact.erase(0, pound.size());
  if (auto u = find_spelling<MoneyUnit>(compact)) return *u;
  throw ParseError("a money unit", raw, 0,
                   "expected £, £'000s or £m; OCR damage such as \"£ 0005\" is not guessed at");
}

ReportedAmount::ReportedAmount(Money value, MoneyUnit unit, std::uint8_t decimals, bool negative_zero)
    : value_(value), unit_(unit), decimals_(decimals), negative_zero_(negative_zero && value.pence() == 0) {
  if (unit != MoneyUnit::Pounds && unit != MoneyUnit::Thousands && unit != MoneyUnit::Millions)
    throw std::invalid_argument(fmt::format("money unit {} is not £, £'000s or £m", static_cast<int>(unit)));
  if (decimals > max_decimals(unit))
    throw std::invalid_argument(fmt::format("a figure in {} has at most {} decimal places, not {} (fractions of a penny)",
                                            to_string(unit), max_decimals(unit), decimals));
  // The figure must be printable exactly: a value between two printed places would print as
  // a different amount and reload as that other amount.
  const auto step = pence_per_unit(unit) / pow10(decimals);
  if (value.pence() % step != 0)
    throw std::invalid_argument(fmt::format("{} pence is not a whole number of the figure's last place ({} pence)",
                                            value.pence(), step));
}

Money ReportedAmount::resolution() const noexcept {
  // The constructor keeps decimals_ within max_decimals(unit_), so step is at least 1 penny.
  return Money::from_pence(pence_per_unit(unit_) / pow10(decimals_));
}

std::string ReportedAmount::printed() const {
  const auto per = pence_per_unit(unit_);
  const auto v = value_.pence();
  const bool neg = v < 0 || negative_zero_;
  const auto mag = v < 0 ? 0u - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  const auto whole = mag / static_cast<std::uint64_t>(per);
  std::string out = neg ? "-" : "";
  if (unit_ == MoneyUnit::Millions) out += "£";
  out += fmt::format("{}", whole);
  if (decimals_ > 0) {
    // decimals_ <= max_decimals(unit_) (checked on construction), so the divisor is >= 1.
    const auto frac = (mag % static_cast<std::uint64_t>(per)) /
                      static_cast<std::uint64_t>(resolution().pence());
    out += fmt::format(".{:0{}}", frac, decimals_);
  }
  if (unit_ == MoneyUnit::Millions) out += "m";
  return out;
}

ReportedAmount parse_reported_amount(std::string_view input, MoneyUnit table_unit) {
  const auto fail = [&](std::size_t pos, std::string why) -> ParseError {
    return ParseError(kind, input, pos, std::move(why));
  };
  std::string_view s = input;
  std::size_t pos = 0;
  auto skip_spaces = [&] {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  };
  skip_spaces();
  bool negative = false;
  bool bracketed = false;
  if (pos < s.size() && (s[pos] == '-' || s[pos] == '(')) {
    bracketed = s[pos] == '(';
    negative = true;
    ++pos;
    skip_spaces();
  } else if (s.substr(pos, 3) == "\xE2\x88\x92") {  // U+2212 minus sign
    negative = true;
    pos += 3;
  }
  if (s.substr(pos, pound.size()) == pound) {
    pos += pound.size();
    skip_spaces();
  }
  if (!negative && pos < s.size() && s[pos] == '-') {  // "£-139"
    negative = true;
    ++pos;
  }
  // Integer part, with optional thousands separators in groups of exactly three.
  std::uint64_t whole = 0;
  const std::size_t digits_start = pos;
  std::size_t group_len = 0;
  bool grouped = false;
  for (; pos < s.size(); ++pos) {
    const char c = s[pos];
    if (c >= '0' && c <= '9') {
      if (whole > (UINT64_MAX - 9) / 10) throw fail(pos, "amount too large");
      whole = whole * 10 + static_cast<unsigned>(c - '0');
      ++group_len;
    } else if (c == ',') {
      if (group_len == 0 || (grouped ? group_len != 3 : group_len > 3))
        throw fail(pos, "thousands separators must split the digits into groups of three");
      grouped = true;
      group_len = 0;
    } else {
      break;
    }
  }
  if (pos == digits_start) throw fail(pos, "expected digits");
  if (grouped && group_len != 3)
    throw fail(pos, "thousands separators must split the digits into groups of three");
  // Fraction.
  std::uint64_t frac = 0;
  unsigned decimals = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos) {
      if (decimals == 12) throw fail(pos, "too many decimal places");
      frac = frac * 10 + static_cast<unsigned>(s[pos] - '0');
      ++decimals;
    }
    if (decimals == 0) throw fail(pos, "expected digits after the decimal point");
  }
  // Unit suffix.
  MoneyUnit unit = table_unit;
  if (pos < s.size() && (s[pos] == 'k' || s[pos] == 'K')) {
    unit = MoneyUnit::Thousands;
    ++pos;
  } else if (pos < s.size() && (s[pos] == 'm' || s[pos] == 'M')) {
    unit = MoneyUnit::Millions;
    ++pos;
    if (pos < s.size() && (s[pos] == 'n' || s[pos] == 'N')) ++pos;  // "£2.04mn"
  } else if (pos < s.size() && (s[pos] == 'p' || s[pos] == 'P')) {
    throw fail(pos, "pence amounts (\"30p\") are not read: this is usually a time such as 6:30pm");
  }
  skip_spaces();
  if (bracketed) {
    if (pos >= s.size() || s[pos] != ')') throw fail(pos, "missing closing bracket");
    ++pos;
    skip_spaces();
  }
  if (pos != s.size()) throw fail(pos, "unexpected text after the amount");
  if (decimals > max_decimals(unit)) throw fail(pos, "amount has fractions of a penny");

  const auto per = static_cast<std::uint64_t>(pence_per_unit(unit));
  const auto frac_scale = static_cast<std::uint64_t>(pence_per_unit(unit) / pow10(decimals));
  std::uint64_t mag{};
  if (__builtin_mul_overflow(whole, per, &mag) ||
      __builtin_add_overflow(mag, frac * frac_scale, &mag) ||
      mag > static_cast<std::uint64_t>(INT64_MAX))
    throw fail(digits_start, "amount too large");
  const auto pence = static_cast<std::int64_t>(mag);
  return ReportedAmount(Money::from_pence(negative ? -pence : pence), unit,
                        static_cast<std::uint8_t>(decimals), negative && mag == 0);
}

}  // namespace commissioning
