#pragma once
// Probability and impact on the 1–5 scales of a 5×5 risk matrix, and the scoring key that
// gives each level its label and description. The key is data: an organisation replaces it
// with its own wording (seed 000 L1787–1799 is one such key, for the Staffordshire GPFV).
#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <gsl/assert>

namespace commissioning {

// A level on a 1–5 scale. The tag keeps probability and impact from being mixed up.
// Value policy (core/value_policy.hpp): [default] ScaleLevel{} is empty (!ok()) and sorts
// before level 1; [numeric] ScaleLevel{n} throws std::invalid_argument outside 1–5;
// [make] ScaleLevel::make(n); [text] levels are written as numbers, read by the formats.
template <class Tag>
class ScaleLevel {
 public:
  static constexpr int lowest = 1;
  static constexpr int highest = 5;
  constexpr ScaleLevel() noexcept = default;
  // [numeric] Throws std::invalid_argument outside 1–5, naming the scale ("probability 6 is
  // outside the scale 1–5").
  explicit ScaleLevel(int level);
  // [make]
  static constexpr std::optional<ScaleLevel> make(int level) noexcept {
    if (level < lowest || level > highest) return std::nullopt;
    ScaleLevel out;
    out.v_ = static_cast<std::uint8_t>(level);
    return out;
  }
  constexpr bool ok() const noexcept { return v_ != 0; }
  constexpr int value() const noexcept {
    Expects(ok());
    return v_;
  }
  friend constexpr auto operator<=>(ScaleLevel, ScaleLevel) noexcept = default;

 private:
  std::uint8_t v_{0};
};

struct ProbabilityTag {
  static constexpr std::string_view name = "probability";
};
struct ImpactTag {
  static constexpr std::string_view name = "impact";
};
using Probability = ScaleLevel<ProbabilityTag>;
using Impact = ScaleLevel<ImpactTag>;

// One level's words: "Rare" / "The event may only occur in exceptional circumstances (<1%)".
struct LevelWording {
  std::string label;
  std::string description;
  friend bool operator==(const LevelWording&, const LevelWording&) = default;
};

// The five wordings of one scale, level 1 first.
class RiskScale {
 public:
  RiskScale() = default;  // labels "1" … "5", no descriptions
  // Throws std::invalid_argument unless there are exactly five levels, each with a label.
  explicit RiskScale(std::vector<LevelWording> levels);
  const LevelWording& at(int level) const;  // 1–5; throws std::out_of_range
  const std::array<LevelWording, 5>& levels() const noexcept { return levels_; }
  friend bool operator==(const RiskScale&, const RiskScale&) = default;

 private:
  std::array<LevelWording, 5> levels_{{{"1", ""}, {"2", ""}, {"3", ""}, {"4", ""}, {"5", ""}}};
};

struct RiskScoringKey {
  std::string name;  // "Staffordshire GPFV Risk Scoring Key"
  RiskScale probability;
  RiskScale impact;
  friend bool operator==(const RiskScoringKey&, const RiskScoringKey&) = default;
};

// The wording most NHS bodies use (NPSA "A risk matrix for risk managers", 2008): probability
// Rare … Almost certain, impact Negligible … Catastrophic, without descriptions.
RiskScoringKey npsa_scoring_key();

}  // namespace commissioning
