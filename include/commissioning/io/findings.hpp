#pragma once
// The one findings sink every loader reports through. Strict mode (the default) throws
// LoadError at the first error-severity finding: it carries the rule id, the source and the
// place. Lenient mode records findings as diagnostics, up to a limit; any beyond are counted
// and summarised by one final diagnostic. Warnings never stop a load.
//
// Places are spelt one way: in a line-oriented file, "source:line" or "source:line:column"
// (the column by its header name); in a JSON document, an RFC 6901 JSON Pointer
// ("/meetings/0/agenda/2/start").
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/parse_error.hpp"

namespace commissioning::io {

struct LoadOptions {
  // Strict (false): the first error throws LoadError. Lenient: errors become diagnostics and
  // the reader leaves out what they concern (a row, a practice …), saying so.
  bool lenient{false};
  // Diagnostics kept in lenient mode; any beyond are counted and summarised.
  std::size_t max_diagnostics{1000};
};

// An InputError that also names the rule it broke.
class LoadError : public InputError {
 public:
  LoadError(const Rule& rule, std::string source, std::size_t line, std::string field, std::string reason);
  LoadError(std::string rule_id, std::string source, std::size_t line, std::string field, std::string reason);
  const std::string& rule_id() const noexcept { return rule_id_; }

 private:
  std::string rule_id_;
};

class Findings {
 public:
  Findings(std::string source, LoadOptions options);

  // A finding at a line of the source (0: the source as a whole), with an optional column.
  void at_line(const Rule& rule, std::uint64_t line, std::string_view column, std::string message);
  // A finding at a place in a JSON document.
  void at_pointer(const Rule& rule, std::string_view pointer, std::string message);
  // A finding of a validation rule run on what was read (its path as the rule gave it),
  // handled by the mode like any other: strict throws on an error.
  void apply(Diagnostic d);
  // A finding that never stops a load (a validation rule run on what was read), kept as given.
  void record(Diagnostic d);
  void record(const ValidationReport& r);
  // The load cannot go on, whatever the mode.
  [[noreturn]] void fail(const Rule& rule, std::uint64_t line, std::string_view column, std::string message) const;
  [[noreturn]] void fail_at_pointer(const Rule& rule, std::string_view pointer, std::string message) const;

  bool lenient() const noexcept { return options_.lenient; }
  const std::string& source() const noexcept { return source_; }
  const ValidationReport& report() const noexcept { return report_; }
  std::uint64_t unreported() const noexcept { return unreported_; }
  // The report, with the summary of unlisted findings added; the sink is empty afterwards.
  ValidationReport take();

 private:
  void add(const Rule& rule, std::string path, std::string message);

  std::string source_;
  LoadOptions options_;
  ValidationReport report_;
  std::uint64_t unreported_{0};
  Diagnostic first_unreported_;  // its rule names the summary of unlisted findings
};

}  // namespace commissioning::io
