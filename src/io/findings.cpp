#include "commissioning/io/findings.hpp"

#include <fmt/format.h>

namespace commissioning::io {

LoadError::LoadError(const Rule& rule, std::string source, std::size_t line, std::string field, std::string reason)
    : InputError(std::move(source), line, std::move(field), std::move(reason)), rule_id_{rule.id} {}

LoadError::LoadError(std::string rule_id, std::string source, std::size_t line, std::string field, std::string reason)
    : InputError(std::move(source), line, std::move(field), std::move(reason)), rule_id_{std::move(rule_id)} {}

Findings::Findings(std::string source, LoadOptions options) : source_{std::move(source)}, options_{options} {}

void Findings::add(const Rule& rule, std::string path, std::string message) {
  if (report_.size() >= options_.max_diagnostics) {
    if (unreported_++ == 0) first_unreported_ = Diagnostic{std::string(rule.id), rule.severity, {}, {}};
    return;
  }
  report_.add(rule, std::move(path), std::move(message));
}

void Findings::at_line(const Rule& rule, std::uint64_t line, std::string_view column, std::string message) {
  if (rule.severity == Severity::Error && !options_.lenient) fail(rule, line, column, std::move(message));
  std::string path = line == 0 ? source_ : fmt::format("{}:{}", source_, line);
  if (!column.empty()) path += fmt::format(":{}", column);
  add(rule, std::move(path), std::move(message));
}

void Findings::at_pointer(const Rule& rule, std::string_view pointer, std::string message) {
  if (rule.severity == Severity::Error && !options_.lenient) fail_at_pointer(rule, pointer, std::move(message));
  add(rule, std::string(pointer), std::move(message));  // "" is the whole document, as in every diagnostic
}

void Findings::apply(Diagnostic d) {
  if (d.severity == Severity::Error && !options_.lenient)
    throw LoadError(d.rule_id, source_, 0, d.path, d.message);
  record(std::move(d));
}

void Findings::record(Diagnostic d) {
  if (report_.size() >= options_.max_diagnostics) {
    if (unreported_++ == 0) first_unreported_ = std::move(d);
    return;
  }
  report_.add(std::move(d));
}

void Findings::record(const ValidationReport& r) {
  for (const auto& d : r.diagnostics()) record(d);
}

void Findings::fail(const Rule& rule, std::uint64_t line, std::string_view column, std::string message) const {
  throw LoadError(rule, source_, static_cast<std::size_t>(line), std::string(column), std::move(message));
}

void Findings::fail_at_pointer(const Rule& rule, std::string_view pointer, std::string message) const {
  throw LoadError(rule, source_, 0, std::string(pointer), std::move(message));
}

ValidationReport Findings::take() {
  if (unreported_ > 0)
    report_.add(Diagnostic{first_unreported_.rule_id, first_unreported_.severity, source_,
                           fmt::format("{} further diagnostics were not listed (limit {})", unreported_,
                                       options_.max_diagnostics)});
  unreported_ = 0;
  return std::move(report_);
}

}  // namespace commissioning::io
