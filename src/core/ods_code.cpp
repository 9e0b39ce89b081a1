#include "commissioning/core/ods_code.hpp"

#include <fmt/format.h>

#include <optional>

#include "commissioning/core/parse_error.hpp"

namespace commissioning {

namespace {
bool upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool alnum(char c) noexcept { return upper(c) || digit(c); }

std::optional<OdsKind> classify(std::string_view c) noexcept {
  if (c.size() == 6 && c[0] == 'U' && digit(c[1]) && digit(c[2]) && digit(c[3]) && digit(c[4]) && digit(c[5]))
    return OdsKind::Pcn;
  if (c.size() == 6 && upper(c[0]) && digit(c[1]) && digit(c[2]) && digit(c[3]) && digit(c[4]) && digit(c[5]))
    return OdsKind::GpPractice;
  // ALD200, GUE101, JER…: Channel Islands and Isle of Man practices as epraccur lists them.
  if (c.size() == 6 && upper(c[0]) && upper(c[1]) && upper(c[2]) && digit(c[3]) && digit(c[4]) && digit(c[5]))
    return OdsKind::GpPractice;
  if (c.size() == 3 && digit(c[0]) && digit(c[1]) && upper(c[2])) return OdsKind::Ccg;
  if (c.size() == 3 && digit(c[0]) && upper(c[1]) && digit(c[2])) return OdsKind::WelshHealthBoard;
  if (c.size() == 3 && c[0] == 'Q' && alnum(c[1]) && alnum(c[2])) return OdsKind::Icb;
  if (c.size() == 3 && c[0] == 'Y' && digit(c[1]) && digit(c[2])) return OdsKind::Region;
  if (c.size() == 3 && c[0] == 'R' && alnum(c[1]) && alnum(c[2])) return OdsKind::NhsTrust;
  if (c.size() == 5 && c[0] == 'R' && alnum(c[1]) && alnum(c[2]) && alnum(c[3]) && alnum(c[4]))
    return OdsKind::NhsTrustSite;
  return std::nullopt;
}
}  // namespace

std::string_view to_string(OdsKind k) noexcept { return spelling(k); }  // the table in ods_code.hpp

OdsCode::OdsCode(std::string_view code) {
  constexpr std::string_view kind = "an ODS code";
  if (code.empty()) throw ParseError(kind, code, 0, "empty");
  for (std::size_t i = 0; i < code.size(); ++i)
    if (!alnum(code[i]))
      throw ParseError(kind, code, i,
                       code[i] >= 'a' && code[i] <= 'z' ? "ODS codes are upper case"
                                                        : "ODS codes hold only letters and digits");
  const auto k = classify(code);
  if (!k)
    throw ParseError(kind, code, 0,
                     "not the shape of any known ODS code (practice A12345, CCG 05W, ICB QHM, "
                     "trust RJE, trust site RJE01, region Y56, PCN U12345, Welsh board 7A1)");
  *this = *make(code);
}

std::optional<OdsCode> OdsCode::make(std::string_view code) noexcept {
  const auto k = classify(code);  // a known shape is 3, 5 or 6 characters, so it fits chars_
  if (!k) return std::nullopt;
  OdsCode out;
  out.kind_ = *k;
  out.size_ = static_cast<std::uint8_t>(code.size());
  for (std::size_t i = 0; i < code.size(); ++i) out.chars_[i] = code[i];
  return out;
}

std::optional<OdsCode> OdsCode::make(std::string_view code, OdsKind expected) noexcept {
  auto c = make(code);
  if (c && c->kind_ != expected) return std::nullopt;
  return c;
}

OdsCode::OdsCode(std::string_view code, OdsKind expected) : OdsCode(code) {
  if (kind_ != expected)
    throw ParseError(fmt::format("a {} code", to_string(expected)), code, 0,
                     fmt::format("{} is a {} code", code, to_string(kind_)));
}

bool is_valid_ods_code(std::string_view code, OdsKind kind) noexcept {
  const auto k = classify(code);
  return k && *k == kind;
}

}  // namespace commissioning
