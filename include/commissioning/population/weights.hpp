#pragma once
// Capitation weights by age band and sex, and populations that say which basis they are on.
// Registered counts exceed the resident population ("list inflation") and a weighted count
// is a different basis again: every figure here carries its basis.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/money.hpp"
#include "commissioning/core/rate.hpp"
#include "commissioning/core/population_figure.hpp"
#include "commissioning/population/population_table.hpp"

namespace commissioning {

struct WeightBand {
  Sex sex{Sex::Persons};
  AgeBand ages;
  double weight{1.0};
  friend bool operator==(const WeightBand&, const WeightBand&) = default;
};

class AgeSexWeights {
 public:
  AgeSexWeights() = default;
  // `source` says where the weights come from, or that they are illustrative; it must not be
  // empty. For each sex listed the bands must cover 0 … 95+ with no gap and no overlap; the
  // sexes are either persons, or male and female (or all three). Weights are finite and not
  // negative. Throws std::invalid_argument naming the band.
  AgeSexWeights(std::string source, std::vector<WeightBand> bands);

  const std::string& source() const noexcept { return source_; }
  const std::vector<WeightBand>& bands() const noexcept { return bands_; }
  bool has(Sex s) const noexcept;
  // The weight for one sex at one age (95 = 95+); male/female fall back to persons.
  double weight(Sex s, int age) const;
  // The weight of one of a table's bins; throws std::invalid_argument when the bin straddles
  // two weight bands with different weights (a quinary bin split by the weights' bands).
  double weight_of_bin(Sex s, AgeResolution r, int bin) const;
  friend bool operator==(const AgeSexWeights& a, const AgeSexWeights& b) {
    return a.source_ == b.source_ && a.bands_ == b.bands_;
  }

 private:
  std::string source_;
  std::vector<WeightBand> bands_;
  std::vector<double> lookup_;  // [sex][age]
};

// Σ count × weight for each practice of the table (one value per practice). The table needs
// ages and the sexes the weights use. With `normalise`, weights are scaled so the table's
// weighted total equals its registered total. Throws std::invalid_argument.
std::vector<double> weighted_population(const PopulationTable& table, const AgeSexWeights& weights,
                                        bool normalise = false);

// Populations handed to finance carry their basis (PopulationFigure): registered
// counts are RawRegistered; a population weighted by capitation weights is CcgWeighted,
// rounded to whole people (half away from zero). `source` says where the figure came from
// (the file, and for weighted figures the weights' source). Throws std::invalid_argument for
// a negative or non-finite population.
PopulationFigure registered_figure(std::uint64_t people, std::optional<Date> as_of, std::string source);
PopulationFigure weighted_figure(double weighted, std::optional<Date> as_of, std::string source);

}  // namespace commissioning
