#pragma once
// A person's name as committee papers write it: "Dr Ruth Chambers OBE".
// Value policy (core/value_policy.hpp): an [aggregate]; [default] PersonName{} is empty
// (ok() is false: no family name); [text] parse_person_name throws ParseError.
#include <string>
#include <string_view>
#include <vector>

namespace commissioning {

struct PersonName {
  std::string title;                       // "Dr", "Mr", "Prof"; empty when not given
  std::string given;                       // "Ruth"; may hold middle names
  std::string family;                      // "Chambers", "McFadden", "Van-Der Linden"
  std::vector<std::string> post_nominals;  // {"OBE"}

  bool ok() const noexcept { return !family.empty(); }
  friend bool operator==(const PersonName&, const PersonName&) = default;
};

std::string to_string(const PersonName& n);  // "Dr Ruth Chambers OBE"
// Splits a written name into its parts. Known titles and post-nominals are recognised; the
// last remaining word is the family name. Throws ParseError on an empty name.
PersonName parse_person_name(std::string_view text);

}  // namespace commissioning
