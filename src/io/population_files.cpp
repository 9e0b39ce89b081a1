// Format detection for population inputs: sniffed from the first bytes of the source, which
// the chosen reader then reads (nothing is reopened, so pipes and FIFOs read like files).
#include "commissioning/io/population_files.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/core_rules.hpp"
#include "commissioning/io/compressed.hpp"
#include "commissioning/io/csv.hpp"
#include "commissioning/io/json.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/ods.hpp"
#include "commissioning/population/rules.hpp"

namespace commissioning::io {

namespace {

// JSON text from the source, parsed and converted to T; a failure is a LoadError under
// core.input.not-json or core.input.document, at its JSON Pointer.
template <class T>
T read_json_value(ByteSource& in, const Findings& findings) {
  const auto text = read_all(in, findings.source());
  Json j;
  try {
    j = parse_json(text, findings.source());
  } catch (const InputError& e) {
    findings.fail(rules::input_not_json, e.line(), e.field(), e.reason());
  }
  try {
    try {
      json_detail::JsonPathScope root(j);
      return j.get<T>();
    } catch (...) {
      rethrow_as_input_error(findings.source());
    }
  } catch (const InputError& e) {
    findings.fail_at_pointer(rules::input_document, e.field(), e.reason());
  }
}

// The first line, bounded: an endless first line (a `/dev/zero`) is refused, not read.
std::string first_line(PeekableSource& in, const Findings& findings, std::size_t max_line) {
  try {
    return peek_first_line(in, findings.source(), max_line);
  } catch (const InputError& e) {
    findings.fail(rules::input_too_large, 1, "", e.reason());
  }
}

}  // namespace

std::string_view to_string(HierarchyFormat f) noexcept {
  switch (f) {
    case HierarchyFormat::Epraccur: return "epraccur";
    case HierarchyFormat::Memberships: return "memberships";
    case HierarchyFormat::JsonDocument: return "json";
  }
  return "?";
}

HierarchyLoad read_hierarchy(ByteSource& raw, const std::string& source, OrganisationHierarchy& into,
                             const LoadOptions& options) {
  PeekableSource in(raw);
  Findings findings(source, options);
  HierarchyLoad out;
  const auto first = peek_first_significant(in);
  if (!first) findings.fail(rules::population_ods_row, 0, "", "the file is empty: no memberships");
  if (*first == '{') {
    out.format = HierarchyFormat::JsonDocument;
    const auto h = read_json_value<OrganisationHierarchy>(in, findings);
    for (std::size_t i = 0; i < h.memberships().size(); ++i) {
      try {
        into.add(h.memberships()[i]);
      } catch (const std::invalid_argument& e) {
        findings.at_pointer(rules::population_hierarchy_overlap, fmt::format("/memberships/{}", i), e.what());
      }
    }
    for (const auto& s : h.successions()) {
      try {
        into.add_succession(s);
      } catch (const std::invalid_argument& e) {
        findings.at_pointer(rules::population_hierarchy_overlap, "/successions", e.what());
      }
    }
    out.report = findings.take();
    return out;
  }
  CsvRecord fields;
  const auto line = first_line(in, findings, default_max_line);
  (void)split_record(line, fields);
  if (fields.size() == 27) {
    out.format = HierarchyFormat::Epraccur;
    auto reg = read_epraccur(in, source, options);
    findings.record(reg.report);
    for (const auto& m : reg.hierarchy.memberships()) {
      try {
        into.add(m);
      } catch (const std::invalid_argument& e) {
        findings.at_line(rules::population_hierarchy_overlap, 0, "", e.what());
      }
    }
  } else {
    out.format = HierarchyFormat::Memberships;
    const auto before = into.size();
    findings.record(read_memberships(in, source, into, options));
    if (into.size() == before && !findings.report().has_errors())
      findings.at_line(rules::population_ods_row, 0, "", "the file holds no memberships");
  }
  out.report = findings.take();
  return out;
}

HierarchyLoad read_hierarchy_file(const std::string& path, OrganisationHierarchy& into, const LoadOptions& options) {
  InputFile in(path);
  return read_hierarchy(in, in.name(), into, options);
}

OrganisationHierarchy read_hierarchy_file(const std::string& path, const LoadOptions& options) {
  OrganisationHierarchy h;
  (void)read_hierarchy_file(path, h, options);
  return h;
}

RegistrationsLoad read_population(ByteSource& raw, const std::string& source, const RegistrationsOptions& options) {
  PeekableSource in(raw);
  const auto first = peek_first_significant(in);
  if (!first || *first != '{') return read_registrations(in, source, options);
  // A PopulationTable saved as JSON (docs/population.md), checked by the table rules.
  Findings findings(source, options);
  RegistrationsLoad load;
  load.table = read_json_value<PopulationTable>(in, findings);
  ValidationReport checks;
  rules::check(load.table, "", checks);
  for (const auto& d : checks.diagnostics()) findings.apply(d);
  load.file_ages = load.table.ages();
  load.rows = load.table.practices();
  load.bytes = in.size().value_or(0);
  load.unreported_diagnostics = findings.unreported();
  load.report = findings.take();
  return load;
}

RegistrationsLoad read_population_file(const std::string& path, const RegistrationsOptions& options) {
  InputFile in(path);
  return read_population(in, in.name(), options);
}

}  // namespace commissioning::io
