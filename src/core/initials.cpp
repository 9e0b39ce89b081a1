#include "commissioning/core/initials.hpp"

#include "commissioning/core/parse_error.hpp"

namespace commissioning {

Initials::Initials(std::string_view s) {
  constexpr std::string_view kind = "initials";
  if (s.size() < 2 || s.size() > max_size)
    throw ParseError(kind, s, 0, "initials are 2 to 6 letters, such as PD, MWo or NMcF");
  if (s[0] < 'A' || s[0] > 'Z') throw ParseError(kind, s, 0, "initials start with a capital letter");
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) throw ParseError(kind, s, i, "initials are letters only");
    chars_[i] = c;
  }
  size_ = static_cast<std::uint8_t>(s.size());
}

}  // namespace commissioning
