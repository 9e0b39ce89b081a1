#include "commissioning/core/percentage.hpp"

#include <fmt/format.h>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

namespace {
__extension__ typedef __int128 wide_int;  // GCC/Clang builtin: exact product of pence and basis points
}

Money Percentage::of(Money base) const {
  // pence * bp / 10000, rounded half away from zero, in 128-bit to avoid overflow.
  const wide_int num = static_cast<wide_int>(base.pence()) * bp_;
  wide_int q = num / 10000;
  const wide_int r = num % 10000;
  if (r * 2 >= 10000) ++q;
  if (r * 2 <= -10000) --q;
  if (q > INT64_MAX || q < INT64_MIN) throw std::overflow_error("percentage of money out of range");
  return Money::from_pence(static_cast<std::int64_t>(q));
}

std::string to_string(Percentage p) {
  const auto bp = p.basis_points();
  const auto mag = bp < 0 ? -static_cast<std::int64_t>(bp) : static_cast<std::int64_t>(bp);
  std::string out = fmt::format("{}{}", bp < 0 ? "-" : "", mag / 100);
  if (const auto frac = mag % 100; frac != 0)
    out += frac % 10 == 0 ? fmt::format(".{}", frac / 10) : fmt::format(".{:02}", frac);
  return out + "%";
}

Percentage parse_percentage(std::string_view input) {
  constexpr std::string_view kind = "a percentage";
  const std::string_view s = text::trim(input);
  std::size_t pos = 0;
  bool negative = false;
  if (pos < s.size() && (s[pos] == '-' || s[pos] == '+')) negative = s[pos++] == '-';
  std::int64_t whole = 0;
  const auto start = pos;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    whole = whole * 10 + (s[pos++] - '0');
    if (whole > 1'000'000) throw ParseError(kind, input, pos, "too large");
  }
  if (pos == start) throw ParseError(kind, input, pos, "expected digits");
  std::int64_t frac = 0;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    unsigned n = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      if (++n > 2) throw ParseError(kind, input, pos, "more than two decimal places");
      frac = frac * 10 + (s[pos++] - '0');
    }
    if (n == 0) throw ParseError(kind, input, pos, "expected digits after the decimal point");
    if (n == 1) frac *= 10;
  }
  while (pos < s.size() && s[pos] == ' ') ++pos;
  if (pos >= s.size() || s[pos] != '%') throw ParseError(kind, input, pos, "expected '%'");
  if (++pos != s.size()) throw ParseError(kind, input, pos, "unexpected text after '%'");
  const auto bp = whole * 100 + frac;
  return Percentage::from_basis_points(static_cast<std::int32_t>(negative ? -bp : bp));
}

}  // namespace commissioning
