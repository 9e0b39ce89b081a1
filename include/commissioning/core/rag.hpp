#pragma once
// Red/Amber/Green status, plus Blue for "complete" where a programme uses it.
// Value policy (core/value_policy.hpp): an [enum]; a missing status is std::optional<Rag>.
#include <cstdint>
#include <string_view>

#include "commissioning/core/spelling.hpp"

namespace commissioning {

enum class Rag : std::uint8_t { Red, Amber, Green, Blue };

std::string_view to_string(Rag r) noexcept;  // "Red", "Amber", "Green", "Blue"
// "Red"/"R", "Amber"/"A", "Green"/"G", "Blue"/"B"/"Complete", any case. Throws ParseError.
Rag parse_rag(std::string_view text);

}  // namespace commissioning

// Canonical first (what to_string prints, JSON writes and archives store), then variants.
COMMISSIONING_SPELLINGS(commissioning::Rag, "RAG status",
    {"Red", commissioning::Rag::Red},
    {"R", commissioning::Rag::Red},
    {"Amber", commissioning::Rag::Amber},
    {"A", commissioning::Rag::Amber},
    {"Green", commissioning::Rag::Green},
    {"G", commissioning::Rag::Green},
    {"Blue", commissioning::Rag::Blue},
    {"B", commissioning::Rag::Blue},
    {"Complete", commissioning::Rag::Blue},
    {"Completed", commissioning::Rag::Blue})
