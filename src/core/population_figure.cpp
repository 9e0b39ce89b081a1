#include "commissioning/core/population_figure.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

std::string_view to_string(PopulationBasis b) noexcept {
  switch (b) {
    case PopulationBasis::RawRegistered: return "raw";
    case PopulationBasis::CcgWeighted: return "weighted";
    case PopulationBasis::OnsWeighted: return "ons";
    case PopulationBasis::Unstated: break;
  }
  return "unstated";
}

PopulationBasis parse_population_basis(std::string_view raw) {
  const auto t = text::to_lower(text::normalise(raw));
  if (t == "raw" || t == "raw registered" || t == "registered") return PopulationBasis::RawRegistered;
  if (t == "weighted" || t == "ccg weighted" || t == "capitated weighted" || t == "ccg capitated weighted")
    return PopulationBasis::CcgWeighted;
  if (t == "ons" || t == "ons weighted") return PopulationBasis::OnsWeighted;
  if (t == "unstated") return PopulationBasis::Unstated;
  throw ParseError("a population basis", raw, 0, "expected raw, weighted (CCG capitated), ons or unstated");
}

PopulationFigure::PopulationFigure(std::int64_t people, PopulationBasis basis, std::optional<Date> as_of, std::string source)
    : people_(people), basis_(basis), as_of_(as_of), source_(std::move(source)) {
  if (people_ < 0) throw std::invalid_argument(fmt::format("a population cannot be negative ({})", people_));
  if (as_of_ && !as_of_->ok()) throw std::invalid_argument("a population's as-of date must be a date");
}

}  // namespace commissioning
