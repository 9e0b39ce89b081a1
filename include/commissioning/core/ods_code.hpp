#pragma once
// Organisation Data Service codes. Stored inline (no allocation): at most 6 upper-case
// characters. The kind is read from the shape of the code, as ODS assigns them.
// Value policy (core/value_policy.hpp): [default] OdsCode{} is empty (!ok()) and sorts before
// every code; [text] OdsCode{"05W"} throws ParseError naming what is wrong; [make]
// OdsCode::make("05W") and OdsCode::make("05W", OdsKind::Ccg) return std::nullopt instead.
// OdsKind is an [enum].
#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <gsl/assert>

#include "commissioning/core/spelling.hpp"
#include "commissioning/core/value_policy.hpp"

namespace commissioning {

enum class OdsKind : std::uint8_t {
  GpPractice,    // A84002: letter + 5 digits (ALD200: 3 letters + 3 digits, Crown dependencies)
  Ccg,           // 05W, 00L, 15E: 2 digits + letter (also Sub-ICB locations)
  Icb,           // QHM: Q + 2 alphanumerics
  NhsTrust,      // RJE: R + 2 alphanumerics
  NhsTrustSite,  // RJE01: R + 4 alphanumerics
  Region,        // Y56: Y + 2 digits
  Pcn,           // U12345: U + 5 digits (primary care networks)
  WelshHealthBoard,  // 7A1: digit + letter + digit (commissioner of Welsh practices)
};
std::string_view to_string(OdsKind k) noexcept;

class OdsCode {
 public:
  constexpr OdsCode() noexcept = default;
  // Throws ParseError naming why the code is malformed.
  explicit OdsCode(std::string_view code);
  // Throws ParseError unless the code is of the expected kind ("05W is a CCG code, not a
  // GP practice code").
  OdsCode(std::string_view code, OdsKind expected);
  // [make]
  static std::optional<OdsCode> make(std::string_view code) noexcept;
  static std::optional<OdsCode> make(std::string_view code, OdsKind expected) noexcept;

  bool ok() const noexcept { return size_ != 0; }
  OdsKind kind() const noexcept {
    Expects(ok());
    return kind_;
  }
  std::string_view str() const noexcept { return {chars_.data(), size_}; }

  friend bool operator==(const OdsCode& a, const OdsCode& b) noexcept { return a.str() == b.str(); }
  friend std::strong_ordering operator<=>(const OdsCode& a, const OdsCode& b) noexcept {
    return a.str().compare(b.str()) <=> 0;
  }

 private:
  std::array<char, 6> chars_{};
  std::uint8_t size_{0};
  OdsKind kind_{OdsKind::GpPractice};
};

inline std::string to_string(const OdsCode& c) { return std::string{c.str()}; }
// Non-throwing shape check, for hot loops over national files (make() without building).
bool is_valid_ods_code(std::string_view code, OdsKind kind) noexcept;

}  // namespace commissioning

template <>
struct std::hash<commissioning::OdsCode> {
  std::size_t operator()(const commissioning::OdsCode& c) const noexcept {
    return std::hash<std::string_view>{}(c.str());
  }
};

COMMISSIONING_SPELLINGS(commissioning::OdsKind, "ODS code kind",
    {"GP practice", commissioning::OdsKind::GpPractice},
    {"CCG", commissioning::OdsKind::Ccg},
    {"ICB", commissioning::OdsKind::Icb},
    {"NHS trust", commissioning::OdsKind::NhsTrust},
    {"NHS trust site", commissioning::OdsKind::NhsTrustSite},
    {"NHS England region", commissioning::OdsKind::Region},
    {"primary care network", commissioning::OdsKind::Pcn},
    {"Welsh health board", commissioning::OdsKind::WelshHealthBoard})
