#include "commissioning/population/site_populations.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "commissioning/core/text.hpp"

namespace commissioning {

std::int64_t Site::total() const noexcept {
  std::int64_t sum = 0;
  for (const auto& p : practices) sum += p.population;
  return sum;
}

SitePractice make_site_practice(std::string name, std::int64_t population, std::string engagement) {
  if (text::trim(name).empty()) throw std::invalid_argument("practice.name: empty");
  if (population < 0) throw std::invalid_argument(fmt::format("practice.population: {} is negative", population));
  if (population > 100'000'000)
    throw std::invalid_argument(fmt::format("practice.population: {} is more than England's whole population", population));
  return {std::move(name), population, std::move(engagement)};
}

namespace rules {

std::span<const Rule* const> site_population_rules() noexcept {
  static constexpr std::array<const Rule*, 2> list{&population_site_total, &population_site_phase_total};
  return list;
}

void check(const SiteCoverage& c, const std::string& path, ValidationReport& out) {
  for (std::size_t i = 0; i < c.sites.size(); ++i) {
    const auto& site = c.sites[i];
    const auto sum = site.total();
    for (std::size_t k = 0; k < site.stated_totals.size(); ++k) {
      const auto& stated = site.stated_totals[k];
      if (stated.value != sum)
        out.add(population_site_total, pointer(path, "sites", i, "stated_totals", k),
                fmt::format("{}: \"{}\" ({}) but its {} practices add up to {}", site.name, stated.verbatim,
                            stated.evidence, site.practices.size(), sum));
    }
  }
  for (std::size_t t = 0; t < c.phase_totals.size(); ++t) {
    const auto& pt = c.phase_totals[t];
    std::int64_t sum = 0;
    std::vector<const Site*> outside;
    for (const auto& site : c.sites) {
      if (std::find(pt.phases.begin(), pt.phases.end(), site.phase) != pt.phases.end()) sum += site.total();
      else outside.push_back(&site);
    }
    if (pt.stated.value == sum) continue;
    std::string hint;
    for (const Site* s : outside)
      if (sum + s->total() == pt.stated.value) hint = fmt::format("; with {} (phase {}) it is {}", s->name, s->phase, pt.stated.value);
    std::string phases;
    for (const auto& p : pt.phases) phases += (phases.empty() ? "" : " and ") + p;
    out.add(population_site_phase_total, pointer(path, "phase_totals", t),
            fmt::format("phase {}: \"{}\" ({}) but the sites add up to {}{}", phases, pt.stated.verbatim,
                        pt.stated.evidence, sum, hint));
  }
}

}  // namespace rules
}  // namespace commissioning
