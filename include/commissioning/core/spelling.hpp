#pragma once
// An enumeration's spellings, listed once. For each value the first spelling in the table is
// its canonical name: to_string prints it, JSON writes it, and archives store it, so
// reordering the enum never changes what an old file means. Later spellings of the same
// value are variants a document may use ("lay member" for lay). Never change a canonical
// spelling; add variants after it.
//
// An area declares a table beside its enum, at global scope:
//   COMMISSIONING_SPELLINGS(commissioning::governance::Session, "session",
//       {"public", commissioning::governance::Session::Public},
//       {"Held in Public", commissioning::governance::Session::Public},
//       {"private", commissioning::governance::Session::Private})
// and gets spelling(v), parse_spelling<E>(text) and find_spelling<E>(text). Parsing folds
// case and ignores spaces, hyphens and underscores ("not in post" == "not-in-post").
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace commissioning {

template <class E>
struct Spelling {
  std::string_view text;
  E value;
};

template <class E>
struct EnumSpellings;  // specialised by COMMISSIONING_SPELLINGS

template <class E>
concept HasSpellings = requires {
  EnumSpellings<E>::what;
  EnumSpellings<E>::table;
};

namespace spelling_detail {
bool same_folded(std::string_view a, std::string_view b) noexcept;
[[noreturn]] void unknown(std::string_view what, std::string_view input, std::string_view expected);
}  // namespace spelling_detail

// The number of values: the table's values must be 0 .. count-1, each with a spelling.
template <HasSpellings E>
constexpr std::size_t spelling_count() noexcept {
  std::size_t n = 0;
  for (const auto& s : EnumSpellings<E>::table)
    if (static_cast<std::size_t>(s.value) + 1 > n) n = static_cast<std::size_t>(s.value) + 1;
  return n;
}

template <HasSpellings E>
constexpr bool spellings_complete() noexcept {
  for (std::size_t v = 0; v < spelling_count<E>(); ++v) {
    bool found = false;
    for (const auto& s : EnumSpellings<E>::table) found = found || static_cast<std::size_t>(s.value) == v;
    if (!found) return false;
  }
  return true;
}

// The canonical spelling; "" for a value outside the enum's range (a programming error).
template <HasSpellings E>
constexpr std::string_view spelling(E v) noexcept {
  static_assert(spellings_complete<E>(), "every value of the enum needs a spelling");
  for (const auto& s : EnumSpellings<E>::table)
    if (s.value == v) return s.text;
  return {};
}

template <HasSpellings E>
std::optional<E> find_spelling(std::string_view text) noexcept {
  for (const auto& s : EnumSpellings<E>::table)
    if (spelling_detail::same_folded(s.text, text)) return s.value;
  return std::nullopt;
}

// Throws ParseError listing the canonical spellings.
template <HasSpellings E>
E parse_spelling(std::string_view text) {
  if (auto v = find_spelling<E>(text)) return *v;
  std::string expected;
  for (std::size_t v = 0; v < spelling_count<E>(); ++v) {
    expected += expected.empty() ? "" : ", ";
    expected += spelling(static_cast<E>(v));
  }
  spelling_detail::unknown(EnumSpellings<E>::what, text, expected);
}

}  // namespace commissioning

#define COMMISSIONING_SPELLINGS(E, WHAT, ...)                                  \
  template <>                                                                  \
  struct commissioning::EnumSpellings<E> {                                     \
    static constexpr std::string_view what = WHAT;                             \
    static constexpr commissioning::Spelling<E> table[] = {__VA_ARGS__};       \
  };
