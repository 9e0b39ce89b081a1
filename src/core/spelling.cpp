#include "commissioning/core/spelling.hpp"

#include <fmt/format.h>

#include <cctype>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::spelling_detail {

namespace {
std::string fold(std::string_view s) {
  std::string out;
  for (char c : text::normalise(s))
    if (c != ' ' && c != '-' && c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

bool same_folded(std::string_view a, std::string_view b) noexcept {
  try {
    return fold(a) == fold(b);
  } catch (...) {  // allocation failure: no match rather than a throw from a noexcept lookup
    return false;
  }
}

void unknown(std::string_view what, std::string_view input, std::string_view expected) {
  throw ParseError(what, input, 0, fmt::format("unknown {}; expected one of: {}", what, expected));
}

}  // namespace commissioning::spelling_detail
