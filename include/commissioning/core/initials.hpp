#pragma once
// The initials minutes use to name people: "PD", "MWo", "NMcF", "LCI". Collisions within a
// membership are broken with extra letters, so initials are a code, not derived from names.
// Value policy (core/value_policy.hpp): [default] Initials{} is empty (!ok()); [text]
// Initials{"PD"} throws ParseError; [make] Initials::make("PD") returns std::nullopt instead.
#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "commissioning/core/value_policy.hpp"

namespace commissioning {

class Initials {
 public:
  static constexpr std::size_t max_size = 6;
  constexpr Initials() noexcept = default;
  // 2–6 ASCII letters, the first upper case. Throws ParseError.
  explicit Initials(std::string_view text);
  // [make]
  static std::optional<Initials> make(std::string_view text) noexcept;

  bool ok() const noexcept { return size_ != 0; }
  std::string_view str() const noexcept { return {chars_.data(), size_}; }

  friend bool operator==(const Initials& a, const Initials& b) noexcept { return a.str() == b.str(); }
  friend std::strong_ordering operator<=>(const Initials& a, const Initials& b) noexcept {
    return a.str().compare(b.str()) <=> 0;
  }

 private:
  std::array<char, max_size> chars_{};
  std::uint8_t size_{0};
};

inline std::string to_string(const Initials& i) { return std::string{i.str()}; }

}  // namespace commissioning

template <>
struct std::hash<commissioning::Initials> {
  std::size_t operator()(const commissioning::Initials& i) const noexcept {
    return std::hash<std::string_view>{}(i.str());
  }
};
