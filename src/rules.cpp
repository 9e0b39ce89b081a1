#include "commissioning/rules.hpp"

#include <algorithm>

#include "commissioning/core/core_rules.hpp"
#include "commissioning/finance/rules.hpp"
#include "commissioning/governance/rules.hpp"
#include "commissioning/programme/rules.hpp"
#include "commissioning/risk/rules.hpp"
#include "commissioning/population/rules.hpp"

namespace commissioning {

namespace {
std::vector<const Rule*> gather() {
  std::vector<const Rule*> all;
  auto add = [&](std::span<const Rule* const> rules) { all.insert(all.end(), rules.begin(), rules.end()); };
  // Each area adds its rules here.
  add(rules::core_rules());
  add(rules::finance_rules());
  add(governance::governance_rules());
  add(rules::risk_rules());
  add(rules::programme_rules());
  add(rules::population_rules());
  std::sort(all.begin(), all.end(), [](const Rule* a, const Rule* b) { return a->id < b->id; });
  return all;
}
}  // namespace

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = gather();
  return rules;
}

const Rule* find_rule(std::string_view id) noexcept {
  const auto& all = all_rules();
  const auto it = std::lower_bound(all.begin(), all.end(), id, [](const Rule* r, std::string_view v) { return r->id < v; });
  return it != all.end() && (*it)->id == id ? *it : nullptr;
}

}  // namespace commissioning
