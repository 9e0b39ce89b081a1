#include "commissioning/core/text.hpp"

#include <algorithm>
#include <cctype>

namespace commissioning::text {

namespace {
bool is_space(unsigned char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
char lower(char c) noexcept { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
char upper(char c) noexcept { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }
}  // namespace

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string normalise(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '<') {  // drop an HTML fragment such as <sup> or </b>, if it closes
      const auto close = s.find('>', i);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    bool space = is_space(c);
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {  // NBSP
      space = true;
      ++i;
    }
    if (space) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

std::string to_upper(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), upper);
  return out;
}

namespace {
// The length of the well-formed UTF-8 sequence starting at s[i], or 0 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) noexcept {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto cont = [&](std::size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if ((c == 0xE0 && b(1) < 0xA0) || (c == 0xED && b(1) > 0x9F)) return 0;
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if ((c == 0xF0 && b(1) < 0x90) || (c == 0xF4 && b(1) > 0x8F)) return 0;
    return 4;
  }
  return 0;
}
void hex_byte(std::string& out, unsigned char u) {
  static constexpr char hex[] = "0123456789abcdef";
  out += "\\x";
  out.push_back(hex[u >> 4]);
  out.push_back(hex[u & 0xF]);
}
}  // namespace

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    // NUL is UTF-8, but a message is read as a C string (what()): it would end there.
    if (const auto n = utf8_length(s, i); n != 0 && s[i] != '\0') {
      out.append(s.substr(i, n));
      i += n;
    } else {
      hex_byte(out, static_cast<unsigned char>(s[i]));
      ++i;
    }
  }
  return out;
}

std::size_t utf8_prefix(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto n = utf8_length(s, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

bool is_utf8(std::string_view s) noexcept { return utf8_prefix(s) == s.size(); }

std::string quoted(std::string_view s) {
  constexpr std::size_t limit = 60;
  std::string out = "\"";
  for (char c : s.substr(0, limit)) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      static constexpr char hex[] = "0123456789abcdef";
      out += "\\x";
      out.push_back(hex[u >> 4]);
      out.push_back(hex[u & 0xF]);
    } else {
      out.push_back(c);
    }
  }
  if (s.size() > limit) out += "…";
  out += "\"";
  return printable(out);  // a cut inside a multi-byte character, or bytes that are not UTF-8
}

}  // namespace commissioning::text
