#include "commissioning/core/population_figure.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

// Printing and parsing come from the spelling table in population_figure.hpp.
std::string_view to_string(PopulationBasis b) noexcept { return spelling(b); }

PopulationBasis parse_population_basis(std::string_view raw) {
  if (auto b = find_spelling<PopulationBasis>(raw)) return *b;
  throw ParseError("a population basis", raw, 0, "expected raw, weighted (CCG capitated), ons or unstated");
}

PopulationFigure::PopulationFigure(std::int64_t people, PopulationBasis basis, std::optional<Date> as_of, std::string source)
    : people_(people), basis_(basis), as_of_(as_of), source_(std::move(source)) {
  if (people_ < 0) throw std::invalid_argument(fmt::format("a population cannot be negative ({})", people_));
  if (as_of_ && !as_of_->ok()) throw std::invalid_argument("a population's as-of date must be a date");
}

}  // namespace commissioning
