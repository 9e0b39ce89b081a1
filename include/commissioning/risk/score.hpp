#pragma once
// A risk score is probability × impact. It is derived, never stored on its own, except when a
// document gives only the product (seed 000's GPFV tables do): that is kept as "score only",
// after checking that the product is possible on a 5×5 grid.
#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>

#include "commissioning/risk/scale.hpp"

namespace commissioning {

// True for 1–6, 8–10, 12, 15, 16, 20, 25: the products of two levels 1–5. 7, 11, 13, 14,
// 17–19 and 21–24 cannot occur (seed 000 §2 R1).
constexpr bool is_possible_risk_score(int score) noexcept {
  for (int p = 1; p <= 5; ++p)
    for (int i = 1; i <= 5; ++i)
      if (p * i == score) return true;
  return false;
}

class RiskScore {
 public:
  RiskScore() = default;  // 1 × 1
  // Requires both levels ok() (value policy [default]: an empty level has no value).
  RiskScore(Probability p, Impact i) noexcept : p_{p}, i_{i}, score_{static_cast<std::uint8_t>(p.value() * i.value())} {}
  // A bare product. Throws std::invalid_argument naming why (0, 26, or an impossible product
  // such as 7) so an importer can report it at its path.
  static RiskScore score_only(int score);

  int value() const noexcept { return score_; }
  bool is_score_only() const noexcept { return !p_.has_value(); }
  std::optional<Probability> probability() const noexcept { return p_; }
  std::optional<Impact> impact() const noexcept { return i_; }

  friend bool operator==(const RiskScore&, const RiskScore&) = default;

 private:
  std::optional<Probability> p_{Probability{1}};
  std::optional<Impact> i_{Impact{1}};
  std::uint8_t score_{1};
};

std::string to_string(const RiskScore& s);  // "12 (P3 × I4)" or "12 (score only)"

}  // namespace commissioning
