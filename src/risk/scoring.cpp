#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "commissioning/core/text.hpp"
#include "commissioning/risk/banding.hpp"
#include "commissioning/risk/scale.hpp"
#include "commissioning/risk/score.hpp"

namespace commissioning {

template <class Tag>
ScaleLevel<Tag>::ScaleLevel(int level) {
  const auto checked = make(level);
  if (!checked) throw std::invalid_argument(fmt::format("{} {} is outside the scale 1–5", Tag::name, level));
  *this = *checked;
}
template class ScaleLevel<ProbabilityTag>;
template class ScaleLevel<ImpactTag>;

RiskScale::RiskScale(std::vector<LevelWording> levels) {
  if (levels.size() != 5)
    throw std::invalid_argument(fmt::format("a risk scale has 5 levels, not {}", levels.size()));
  for (std::size_t k = 0; k < 5; ++k) {
    if (text::trim(levels[k].label).empty())
      throw std::invalid_argument(fmt::format("level {} of the scale has no label", k + 1));
    levels_[k] = std::move(levels[k]);
  }
}

const LevelWording& RiskScale::at(int level) const {
  if (level < 1 || level > 5) throw std::out_of_range(fmt::format("scale level {} is outside 1–5", level));
  return levels_[static_cast<std::size_t>(level - 1)];
}

RiskScoringKey npsa_scoring_key() {
  return RiskScoringKey{
      "NPSA 5×5 risk matrix",
      RiskScale{{{"Rare", ""}, {"Unlikely", ""}, {"Possible", ""}, {"Likely", ""}, {"Almost certain", ""}}},
      RiskScale{{{"Negligible", ""}, {"Minor", ""}, {"Moderate", ""}, {"Major", ""}, {"Catastrophic", ""}}}};
}

RiskScore RiskScore::score_only(int score) {
  if (score < 1 || score > 25)
    throw std::invalid_argument(fmt::format("a risk score is between 1 and 25, not {}", score));
  if (!is_possible_risk_score(score))
    throw std::invalid_argument(
        fmt::format("{} is not a possible risk score: it is not probability (1–5) × impact (1–5)", score));
  RiskScore s;
  s.p_.reset();
  s.i_.reset();
  s.score_ = static_cast<std::uint8_t>(score);
  return s;
}

std::string to_string(const RiskScore& s) {
  if (s.is_score_only()) return fmt::format("{} (score only)", s.value());
  return fmt::format("{} (P{} × I{})", s.value(), s.probability()->value(), s.impact()->value());
}

namespace {
bool is_colour(std::string_view c) {
  if (c.size() != 7 || c[0] != '#') return false;
  return std::all_of(c.begin() + 1, c.end(), [](char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
  });
}
}  // namespace

BandingPolicy::BandingPolicy() : BandingPolicy(nhs_5x5_banding()) {}

BandingPolicy::BandingPolicy(std::string name, std::vector<Band> bands) : name_{std::move(name)}, bands_{std::move(bands)} {
  if (bands_.empty()) throw std::invalid_argument("a banding policy needs at least one band");
  for (std::size_t k = 0; k < bands_.size(); ++k) {
    const auto& b = bands_[k];
    if (text::trim(b.name).empty()) throw std::invalid_argument(fmt::format("band {} has no name", k + 1));
    if (b.lowest < 1 || b.highest > 25 || b.lowest > b.highest)
      throw std::invalid_argument(fmt::format("band \"{}\" runs {}–{}: bands lie within 1–25, lowest first", b.name, b.lowest, b.highest));
    if (!is_colour(b.colour))
      throw std::invalid_argument(fmt::format("band \"{}\" has colour \"{}\": expected #rrggbb", b.name, b.colour));
    for (std::size_t j = 0; j < k; ++j)
      if (text::iequals(bands_[j].name, b.name)) throw std::invalid_argument(fmt::format("two bands are named \"{}\"", b.name));
    if (k > 0 && b.lowest <= bands_[k - 1].highest)
      throw std::invalid_argument(fmt::format("band \"{}\" ({}–{}) overlaps or precedes band \"{}\" ({}–{})", b.name, b.lowest,
                                              b.highest, bands_[k - 1].name, bands_[k - 1].lowest, bands_[k - 1].highest));
  }
  for (int s = 1; s <= 25; ++s) {
    if (!is_possible_risk_score(s)) continue;
    const bool covered = std::any_of(bands_.begin(), bands_.end(), [s](const Band& b) { return s >= b.lowest && s <= b.highest; });
    if (!covered) throw std::invalid_argument(fmt::format("the score {} falls in no band", s));
  }
}

std::size_t BandingPolicy::band_index(int score) const {
  for (std::size_t k = 0; k < bands_.size(); ++k)
    if (score >= bands_[k].lowest && score <= bands_[k].highest) return k;
  throw std::invalid_argument(fmt::format("the score {} falls in no band of \"{}\"", score, name_));
}

std::optional<std::size_t> BandingPolicy::find(std::string_view band_name) const noexcept {
  for (std::size_t k = 0; k < bands_.size(); ++k)
    if (text::iequals(bands_[k].name, band_name)) return k;
  return std::nullopt;
}

BandingPolicy nhs_5x5_banding() {
  return BandingPolicy{"NHS 5×5",
                       {Band{"low", 1, 3, "#92d050"}, Band{"moderate", 4, 6, "#ffff00"}, Band{"high", 8, 12, "#ffc000"},
                        Band{"extreme", 15, 25, "#ff0000"}}};
}

}  // namespace commissioning
