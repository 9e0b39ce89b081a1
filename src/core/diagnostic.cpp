#include "commissioning/core/diagnostic.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

std::string_view to_string(Severity s) noexcept {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "?";
}

Severity parse_severity(std::string_view s) {
  if (text::iequals(s, "error")) return Severity::Error;
  if (text::iequals(s, "warning")) return Severity::Warning;
  if (text::iequals(s, "info")) return Severity::Info;
  throw ParseError("a severity", s, 0, "expected error, warning or info");
}

std::string to_string(const Diagnostic& d) {
  return fmt::format("{} {} at {}: {}", to_string(d.severity), d.rule_id, d.path.empty() ? "(document)" : d.path,
                     d.message);
}

void pointer_append(std::string& base, std::string_view key) {
  base += '/';
  for (const char c : key) {
    if (c == '~') base += "~0";
    else if (c == '/') base += "~1";
    else base += c;
  }
}

void pointer_append(std::string& base, std::size_t index) { base += fmt::format("/{}", index); }

void ValidationReport::add(const Rule& rule, std::string path, std::string message) {
  items_.push_back(Diagnostic{std::string(rule.id), rule.severity, std::move(path), std::move(message)});
}

void ValidationReport::merge(const ValidationReport& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::size_t ValidationReport::count(Severity s) const noexcept {
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [s](const auto& d) { return d.severity == s; }));
}

std::size_t ValidationReport::count(std::string_view rule_id) const noexcept {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [rule_id](const auto& d) { return d.rule_id == rule_id; }));
}

}  // namespace commissioning
