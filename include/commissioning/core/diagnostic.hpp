#pragma once
// Validation is data: a report of diagnostics, each naming a registered rule, how serious it
// is, where the problem is (a path such as "meeting.agenda[3].start") and what is wrong in
// words a committee secretary understands.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
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

std::string to_string(const Diagnostic& d);  // "error governance.x at meeting.date: message"

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
