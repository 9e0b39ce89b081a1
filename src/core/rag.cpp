#include "commissioning/core/rag.hpp"

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

std::string_view to_string(Rag r) noexcept {
  switch (r) {
    case Rag::Red: return "Red";
    case Rag::Amber: return "Amber";
    case Rag::Green: return "Green";
    case Rag::Blue: return "Blue";
  }
  return "?";
}

Rag parse_rag(std::string_view input) {
  const auto s = text::trim(input);
  if (text::iequals(s, "red") || text::iequals(s, "r")) return Rag::Red;
  if (text::iequals(s, "amber") || text::iequals(s, "a")) return Rag::Amber;
  if (text::iequals(s, "green") || text::iequals(s, "g")) return Rag::Green;
  if (text::iequals(s, "blue") || text::iequals(s, "b") || text::iequals(s, "complete") ||
      text::iequals(s, "completed"))
    return Rag::Blue;
  throw ParseError("a RAG status", input, 0, "expected Red, Amber, Green or Blue (complete)");
}

}  // namespace commissioning
