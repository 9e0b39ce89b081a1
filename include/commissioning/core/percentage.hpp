#pragma once
// An exact percentage in basis points (1/100 of a percent): "0.5%" is 50 bp. Business rules
// such as a 0.5% contingency are checked against money without floating point.
// Value policy (core/value_policy.hpp): [default] Percentage{} is 0%, a real quantity with no
// empty state; [numeric] from_basis_points accepts every int32 and cannot fail; [text]
// parse_percentage throws ParseError.
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "commissioning/core/money.hpp"

namespace commissioning {

class Percentage {
 public:
  constexpr Percentage() noexcept = default;
  static constexpr Percentage from_basis_points(std::int32_t bp) noexcept { return Percentage{bp}; }
  constexpr std::int32_t basis_points() const noexcept { return bp_; }
  // The share of an amount, rounded half away from zero to the penny.
  Money of(Money base) const;

  friend constexpr auto operator<=>(Percentage, Percentage) noexcept = default;

 private:
  constexpr explicit Percentage(std::int32_t bp) noexcept : bp_{bp} {}
  std::int32_t bp_{0};
};

std::string to_string(Percentage p);  // "0.5%", "49%", "12.25%"
// "49%", "0.5%", "-2.5%", "12.25 %". More than two decimals is refused. Throws ParseError.
Percentage parse_percentage(std::string_view text);

}  // namespace commissioning
