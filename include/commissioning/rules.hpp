#pragma once
// The registry of every validation rule the library can report, gathered from each area.
#include <string_view>
#include <vector>

#include "commissioning/core/diagnostic.hpp"

namespace commissioning {

// All registered rules, ordered by id. Ids are unique (a test asserts it).
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view id) noexcept;

}  // namespace commissioning
