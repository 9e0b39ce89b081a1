#include "commissioning/core/initials.hpp"

#include "commissioning/core/parse_error.hpp"

namespace commissioning {

namespace {
struct Problem {
  std::size_t position;
  const char* reason;
};
std::optional<Problem> problem(std::string_view s) noexcept {
  if (s.size() < 2 || s.size() > Initials::max_size) return Problem{0, "initials are 2 to 6 letters, such as PD, MWo or NMcF"};
  if (s[0] < 'A' || s[0] > 'Z') return Problem{0, "initials start with a capital letter"};
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return Problem{i, "initials are letters only"};
  }
  return std::nullopt;
}
}  // namespace

Initials::Initials(std::string_view s) {
  if (const auto p = problem(s)) throw ParseError("initials", s, p->position, p->reason);
  *this = *make(s);
}

std::optional<Initials> Initials::make(std::string_view s) noexcept {
  if (problem(s)) return std::nullopt;
  Initials out;
  for (std::size_t i = 0; i < s.size(); ++i) out.chars_[i] = s[i];
  out.size_ = static_cast<std::uint8_t>(s.size());  // 2–6, checked above
  return out;
}

}  // namespace commissioning
