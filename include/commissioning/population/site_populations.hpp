#pragma once
// Populations as committee papers write them: sites (localities) made of practices named, not
// coded, each with a practice population, and totals stated in the prose beside them. Seed 000
// (social prescribing, L1050–1086) is the model: a site total, a phase total and an "all sites"
// total that the practice figures may or may not add up to.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "commissioning/core/diagnostic.hpp"

namespace commissioning {

// A figure as the document states it, with where it says so.
struct StatedFigure {
  std::int64_t value{0};
  std::string verbatim;  // "Total population 26,755"
  std::string evidence;  // "seed 000 L1064"
  friend bool operator==(const StatedFigure&, const StatedFigure&) = default;
};

struct SitePractice {
  std::string name;        // as written: "Dr Borse", "Willowbank"
  std::int64_t population{0};
  std::string engagement;  // "Yes", "To be developed"
  friend bool operator==(const SitePractice&, const SitePractice&) = default;
};

struct Site {
  std::string name;   // "Meir", "Burslem / Cobridge"
  std::string phase;  // "1", "2", "separate"
  std::vector<StatedFigure> stated_totals;
  std::vector<SitePractice> practices;
  std::int64_t total() const noexcept;  // Σ practice populations
  friend bool operator==(const Site&, const Site&) = default;
};

// A total the document states for a set of phases ("phase 1 sites": 52,236).
struct PhaseTotal {
  std::vector<std::string> phases;
  StatedFigure stated;
  friend bool operator==(const PhaseTotal&, const PhaseTotal&) = default;
};

struct SiteCoverage {
  std::string title;
  std::vector<Site> sites;
  std::vector<PhaseTotal> phase_totals;
  friend bool operator==(const SiteCoverage&, const SiteCoverage&) = default;
};

// Checked construction of a practice row: a name, a population from 0 to 100 million.
// Throws std::invalid_argument naming the field.
SitePractice make_site_practice(std::string name, std::int64_t population, std::string engagement);

namespace rules {
inline constexpr Rule population_site_total{
    "population.site.total-matches", Severity::Warning,
    "A site's stated total population equals the sum of its practices' populations",
    "seed 000 L1063–1065: Meir is written 'Total population 26,755' and '20,733'; its practices add up to 26,755"};
inline constexpr Rule population_site_phase_total{
    "population.site.phase-total-matches", Severity::Warning,
    "A total stated for a set of phases equals the sum of those phases' sites",
    "seed 000 L1060: 'phase 1 sites … 52,236 registered patients' against 52,146 from the table; "
    "'140,411' for phases 1 and 2 includes Leek"};
std::span<const Rule* const> site_population_rules() noexcept;
// Paths are JSON Pointers under `path`, where the coverage sits ("" for the document itself).
void check(const SiteCoverage& c, const std::string& path, ValidationReport& out);
}  // namespace rules

}  // namespace commissioning
