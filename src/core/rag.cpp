#include "commissioning/core/rag.hpp"

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

// Printing and parsing come from the spelling table in rag.hpp.
std::string_view to_string(Rag r) noexcept { return spelling(r); }

Rag parse_rag(std::string_view input) {
  if (auto r = find_spelling<Rag>(text::trim(input))) return *r;
  throw ParseError("a RAG status", input, 0, "expected Red, Amber, Green or Blue (complete)");
}

}  // namespace commissioning
