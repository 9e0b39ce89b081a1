#pragma once
// Small text helpers shared by the parsers. The seed documents are OCR'd PDFs: HTML
// fragments (<sup>, <b>), tabs inside dates and non-breaking spaces are normal input.
#include <string>
#include <string_view>

namespace commissioning::text {

std::string_view trim(std::string_view s) noexcept;
// Removes <tag> fragments and collapses runs of whitespace (incl. tabs, NBSP) to one space.
std::string normalise(std::string_view s);
bool iequals(std::string_view a, std::string_view b) noexcept;
bool istarts_with(std::string_view s, std::string_view prefix) noexcept;
std::string to_lower(std::string_view s);
std::string to_upper(std::string_view s);
// Quote and truncate text for inclusion in an error message.
std::string quoted(std::string_view s);
// The text as valid UTF-8: each byte that is not part of a well-formed UTF-8 sequence, and NUL
// (which would end a C string), becomes "\xNN". Messages quote what they read, and a message that is not UTF-8 would fail a second
// time where it is shown (a Python str, a JSON report).
std::string printable(std::string_view s);
// Whether every byte is part of a well-formed UTF-8 sequence (what JSON text must be).
bool is_utf8(std::string_view s) noexcept;
// The length of the longest well-formed UTF-8 prefix: the offset of the first byte that is
// not UTF-8, or s.size() when all of it is.
std::size_t utf8_prefix(std::string_view s) noexcept;

}  // namespace commissioning::text
