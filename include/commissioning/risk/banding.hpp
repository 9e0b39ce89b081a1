#pragma once
// Which scores are "low", "moderate", "high" or "extreme" is a policy, not a constant: seed
// 000's matrix lost its colours (L1801–1806) and names no bands, and organisations differ.
// The default is the widely used NHS 5×5 banding.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/risk/score.hpp"

namespace commissioning {

struct Band {
  std::string name;    // "high"
  int lowest{1};       // inclusive
  int highest{25};     // inclusive
  std::string colour;  // "#ffc000", for heat maps
  friend bool operator==(const Band&, const Band&) = default;
};

class BandingPolicy {
 public:
  BandingPolicy();  // the NHS 5×5 default
  // Throws std::invalid_argument unless the bands are in ascending order, do not overlap, lie
  // within 1–25, have distinct non-empty names and "#rrggbb" colours, and every possible
  // score (is_possible_risk_score) falls in exactly one band.
  BandingPolicy(std::string name, std::vector<Band> bands);

  const std::string& name() const noexcept { return name_; }
  const std::vector<Band>& bands() const noexcept { return bands_; }
  // The band of a score, by index into bands() (0 is the lowest band).
  std::size_t band_index(int score) const;
  const Band& band_of(int score) const { return bands_[band_index(score)]; }
  const Band& band_of(const RiskScore& s) const { return band_of(s.value()); }
  // The band with this name (case-insensitive); nullopt when there is none.
  std::optional<std::size_t> find(std::string_view band_name) const noexcept;

  friend bool operator==(const BandingPolicy&, const BandingPolicy&) = default;

 private:
  std::string name_;
  std::vector<Band> bands_;
};

// 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme.
BandingPolicy nhs_5x5_banding();

}  // namespace commissioning
