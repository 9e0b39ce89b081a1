#pragma once
// Validation is data: a report of diagnostics, each naming a registered rule, how serious it
// is, where the problem is and what is wrong in words a committee secretary understands.
//
// Where: an RFC 6901 JSON Pointer into the JSON form of the document validated
// ("/meetings/0/agenda/3/start"; "" is the whole document), the same dialect load errors use,
// so a message leads straight to the field. A finding about something the JSON leaves out (a
// missing date, an empty list) points at the nearest node that is there. Findings about a
// line-oriented file (CSV) name "source:line" or "source:line:column" instead.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace commissioning {

// A value-policy [enum] (core/value_policy.hpp).
enum class Severity : std::uint8_t { Error, Warning, Info };
std::string_view to_string(Severity s) noexcept;  // "error", "warning", "info"
Severity parse_severity(std::string_view s);

// A validation rule, registered once. Areas declare theirs as constants and list them in
// their rules() function; the registry (commissioning/rules.hpp) gathers them all.
struct Rule {
  std::string_view id;        // stable: "governance.meeting.end-after-start"
  Severity severity;
  std::string_view summary;   // one line
  std::string_view evidence;  // where the rule comes from: "seed 000 L5: '10.00pm – 11.45am'"
};

struct Diagnostic {
  std::string rule_id;
  Severity severity{Severity::Error};
  std::string path;
  std::string message;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

std::string to_string(const Diagnostic& d);  // "error governance.x at /meetings/0/date: message"

// Appends reference tokens to a JSON Pointer: pointer("", "meetings", 0, "agenda") is
// "/meetings/0/agenda". Keys are escaped ('~' as "~0", '/' as "~1") so a key reads back as
// written; pass the JSON key, which is not always the C++ member's name.
void pointer_append(std::string& base, std::string_view key);
void pointer_append(std::string& base, std::size_t index);
template <class... Tokens>
std::string pointer(std::string base, const Tokens&... tokens) {
  (pointer_append(base, [](const auto& t) {
     if constexpr (std::is_integral_v<std::decay_t<decltype(t)>>) return static_cast<std::size_t>(t);
     else return std::string_view(t);
   }(tokens)), ...);
  return base;
}

class ValidationReport {
 public:
  void add(const Rule& rule, std::string path, std::string message);
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void merge(const ValidationReport& other);

  const std::vector<Diagnostic>& diagnostics() const noexcept { return items_; }
  std::size_t count(Severity s) const noexcept;
  std::size_t count(std::string_view rule_id) const noexcept;
  bool has_errors() const noexcept { return count(Severity::Error) != 0; }
  bool empty() const noexcept { return items_.empty(); }
  std::size_t size() const noexcept { return items_.size(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace commissioning
