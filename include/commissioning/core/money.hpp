#pragma once
// Money is a whole number of pence. Never a double: a budget that reconciles in a
// spreadsheet must reconcile here to the penny.
// Value policy (core/value_policy.hpp): [default] Money{} is £0.00, a real amount: Money is a
// quantity and has no empty state; [numeric] from_pence cannot fail, from_pounds throws
// std::overflow_error beyond ±2^63 pence, as the arithmetic does; [make] make_pounds;
// [text] parse_money throws ParseError.
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace commissioning {

class Money {
 public:
  constexpr Money() noexcept = default;
  static constexpr Money from_pence(std::int64_t pence) noexcept { return Money{pence}; }
  // Throws std::overflow_error beyond ±2^63 pence.
  static Money from_pounds(std::int64_t pounds);
  // [make] std::nullopt where from_pounds would throw.
  static std::optional<Money> make_pounds(std::int64_t pounds) noexcept;

  constexpr std::int64_t pence() const noexcept { return pence_; }

  // Checked arithmetic: overflow throws std::overflow_error rather than wrapping.
  Money operator+(Money o) const;
  Money operator-(Money o) const;
  Money operator-() const;
  Money operator*(std::int64_t n) const;
  Money& operator+=(Money o) { return *this = *this + o; }
  Money& operator-=(Money o) { return *this = *this - o; }

  friend constexpr auto operator<=>(Money, Money) noexcept = default;

 private:
  constexpr explicit Money(std::int64_t p) noexcept : pence_{p} {}
  std::int64_t pence_{0};
};

// "£1,427,000.00", "-£139.00".
std::string to_string(Money m);
// Exact amounts as written in the seed documents: "£139k", "£1,427k", "£2.04m", "£21m",
// "£3.34", "£ 8,000", "£3000", "230,000", "-139", "-0", "(123)". Throws ParseError with the
// position and reason; never guesses (a "p" suffix, "£1,2,3", sub-penny amounts and
// overflow are rejected).
Money parse_money(std::string_view text);

}  // namespace commissioning

template <>
struct std::hash<commissioning::Money> {
  std::size_t operator()(commissioning::Money m) const noexcept {
    return std::hash<std::int64_t>{}(m.pence());
  }
};
