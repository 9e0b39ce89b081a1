#include "commissioning/population/weights.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "commissioning/core/text.hpp"

namespace commissioning {

namespace {
constexpr std::size_t ages_per_sex = open_age + 1;
std::size_t sex_index(Sex s) noexcept { return static_cast<std::size_t>(s); }
}  // namespace

AgeSexWeights::AgeSexWeights(std::string source, std::vector<WeightBand> bands)
    : source_{std::move(source)}, bands_{std::move(bands)} {
  if (text::trim(source_).empty())
    throw std::invalid_argument("weights: say where they come from (a source, or 'illustrative')");
  if (bands_.empty()) throw std::invalid_argument("weights: no bands");
  const double unset = std::numeric_limits<double>::quiet_NaN();
  lookup_.assign(3 * ages_per_sex, unset);
  std::array<bool, 3> present{};
  for (const auto& b : bands_) {
    if (b.ages.first < 0 || b.ages.last > open_age || b.ages.last < b.ages.first)
      throw std::invalid_argument(fmt::format("weights: band {} is not a range of ages", to_string(b.ages)));
    if (!std::isfinite(b.weight) || b.weight < 0)
      throw std::invalid_argument(fmt::format("weights: {} {} has weight {}, not a finite non-negative number",
                                              to_string(b.sex), to_string(b.ages), b.weight));
    present[sex_index(b.sex)] = true;
    for (int a = b.ages.first; a <= b.ages.last; ++a) {
      auto& slot = lookup_[sex_index(b.sex) * ages_per_sex + static_cast<std::size_t>(a)];
      if (!std::isnan(slot))
        throw std::invalid_argument(fmt::format("weights: {} age {} is in two bands (overlap at {})", to_string(b.sex),
                                                a == open_age ? "95+" : std::to_string(a), to_string(b.ages)));
      slot = b.weight;
    }
  }
  if (present[0] != present[1])
    throw std::invalid_argument("weights: give both male and female bands, or persons bands");
  for (std::size_t s = 0; s < 3; ++s) {
    if (!present[s]) continue;
    for (std::size_t a = 0; a < ages_per_sex; ++a)
      if (std::isnan(lookup_[s * ages_per_sex + a]))
        throw std::invalid_argument(fmt::format("weights: {} age {} is in no band (a gap)", to_string(static_cast<Sex>(s)),
                                                a == open_age ? std::string("95+") : std::to_string(a)));
  }
}

bool AgeSexWeights::has(Sex s) const noexcept {
  return !lookup_.empty() && !std::isnan(lookup_[sex_index(s) * ages_per_sex]);
}

double AgeSexWeights::weight(Sex s, int age) const {
  if (age < 0 || age > open_age) throw std::out_of_range("weights: ages run from 0 to 95+");
  if (lookup_.empty()) throw std::invalid_argument("weights: empty table");
  Sex use = s;
  if (!has(use)) {
    if (s != Sex::Persons && has(Sex::Persons)) use = Sex::Persons;
    else throw std::invalid_argument(fmt::format("weights: no {} weights", to_string(s)));
  }
  return lookup_[sex_index(use) * ages_per_sex + static_cast<std::size_t>(age)];
}

double AgeSexWeights::weight_of_bin(Sex s, AgeResolution r, int bin) const {
  const int first = bin_first_age(r, bin), last = bin_last_age(r, bin);
  const double w = weight(s, first);
  for (int a = first + 1; a <= last; ++a)
    if (weight(s, a) != w)
      throw std::invalid_argument(fmt::format("weights: their bands split the table's age bin {}", age_label(r, bin)));
  return w;
}

std::vector<double> weighted_population(const PopulationTable& table, const AgeSexWeights& weights, bool normalise) {
  if (table.ages() == AgeResolution::TotalOnly)
    throw std::invalid_argument("weighting needs counts by age: this table holds totals only");
  std::vector<double> out(table.practices(), 0.0);
  // Weight the sexes the table splits; a persons-only table needs persons weights.
  std::vector<Sex> use;
  if (table.has_male_female() && weights.has(Sex::Male)) use = {Sex::Male, Sex::Female};
  else if (table.has(Sex::Persons)) use = {Sex::Persons};
  else if (table.has_male_female()) use = {Sex::Male, Sex::Female};  // persons weights for each sex
  else use = table.sexes();
  for (const Sex s : use)
    for (int bin = 0; bin < table.bins(); ++bin) {
      const double w = weights.weight_of_bin(s, table.ages(), bin);
      const auto col = table.column(s, bin);
      for (std::size_t i = 0; i < col.size(); ++i) out[i] += static_cast<double>(col[i]) * w;
    }
  if (normalise) {
    double weighted_total = 0;
    for (const double v : out) weighted_total += v;
    if (weighted_total > 0) {
      const double factor = static_cast<double>(table.total()) / weighted_total;
      for (double& v : out) v *= factor;
    }
  }
  return out;
}

PopulationFigure registered_figure(std::uint64_t people, std::optional<Date> as_of, std::string source) {
  if (people > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    throw std::invalid_argument("registered population too large");
  return PopulationFigure(static_cast<std::int64_t>(people), PopulationBasis::RawRegistered, as_of,
                                   std::move(source));
}

PopulationFigure weighted_figure(double weighted, std::optional<Date> as_of, std::string source) {
  if (!std::isfinite(weighted) || weighted < 0 || weighted > 9.0e15)
    throw std::invalid_argument("a weighted population is a finite, non-negative number of people");
  return PopulationFigure(static_cast<std::int64_t>(std::llround(weighted)), PopulationBasis::CcgWeighted,
                                   as_of, std::move(source));
}

}  // namespace commissioning
