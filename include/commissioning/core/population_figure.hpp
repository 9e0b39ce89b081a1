#pragma once
// A population figure never travels as a bare number: it says which basis it is on (raw
// registered list, the CCG's capitated weighted list, NHS England's ONS-based weighting, or
// unstated), when it was counted and where it came from. Finance computes per-head money on
// it; population produces it. Seed 000 L1870 (R19) is why the basis matters: the same
// per-head rate on the ONS basis gives a shortfall against the registered basis.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "commissioning/core/date.hpp"
#include "commissioning/core/spelling.hpp"

namespace commissioning {

enum class PopulationBasis : std::uint8_t {
  RawRegistered,  // patients on practice lists
  CcgWeighted,    // the CCG's capitated (weighted) list
  OnsWeighted,    // NHS England's ONS-based weighting formula
  Unstated,       // the document gives a number and no basis (seed 003 L34 "Luton (230,000)")
};
std::string_view to_string(PopulationBasis b) noexcept;  // "raw", "weighted", "ons", "unstated"
// "raw", "raw registered", "weighted", "ccg weighted", "capitated weighted", "ons",
// "ons weighted", "unstated". Throws ParseError.
PopulationBasis parse_population_basis(std::string_view text);

class PopulationFigure {
 public:
  PopulationFigure() = default;
  // Throws std::invalid_argument for a negative count.
  PopulationFigure(std::int64_t people, PopulationBasis basis, std::optional<Date> as_of = std::nullopt,
                   std::string source = {});

  std::int64_t people() const noexcept { return people_; }
  PopulationBasis basis() const noexcept { return basis_; }
  const std::optional<Date>& as_of() const noexcept { return as_of_; }
  const std::string& source() const noexcept { return source_; }

  friend bool operator==(const PopulationFigure&, const PopulationFigure&) = default;

 private:
  std::int64_t people_{0};
  PopulationBasis basis_{PopulationBasis::Unstated};
  std::optional<Date> as_of_;
  std::string source_;
};

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::PopulationBasis, "population basis",
    {"raw", commissioning::PopulationBasis::RawRegistered},
    {"raw registered", commissioning::PopulationBasis::RawRegistered},
    {"registered", commissioning::PopulationBasis::RawRegistered},
    {"weighted", commissioning::PopulationBasis::CcgWeighted},
    {"ccg weighted", commissioning::PopulationBasis::CcgWeighted},
    {"capitated weighted", commissioning::PopulationBasis::CcgWeighted},
    {"ccg capitated weighted", commissioning::PopulationBasis::CcgWeighted},
    {"ons", commissioning::PopulationBasis::OnsWeighted},
    {"ons weighted", commissioning::PopulationBasis::OnsWeighted},
    {"unstated", commissioning::PopulationBasis::Unstated})
