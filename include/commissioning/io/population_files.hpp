#pragma once
// Reading population inputs whatever their format: the library sniffs the first bytes of the
// source (kept and then read by the chosen reader: a pipe, FIFO or standard input reads the
// same as a file) so the CLI and the Python module do not sniff for themselves.
#include <string>

#include "commissioning/io/findings.hpp"
#include "commissioning/io/registrations.hpp"
#include "commissioning/io/source.hpp"
#include "commissioning/population/hierarchy.hpp"

namespace commissioning::io {

enum class HierarchyFormat : std::uint8_t {
  Epraccur,     // ODS epraccur: 27 fields a row, no header
  Memberships,  // ODS practice membership layout: 5 fields a row
  JsonDocument,  // an OrganisationHierarchy as JSON (docs/population.md)
};
std::string_view to_string(HierarchyFormat f) noexcept;  // "epraccur", "memberships", "json"

struct HierarchyLoad {
  HierarchyFormat format{HierarchyFormat::Memberships};
  ValidationReport report;
};
// Reads a hierarchy file into `into` (several files combine). The format is sniffed: JSON
// when the first significant byte is '{', else CSV by the fields of its first line (27:
// epraccur; otherwise memberships). The first line is bounded (an endless line is a LoadError).
// An empty file is refused. "-" reads standard input.
HierarchyLoad read_hierarchy(ByteSource& in, const std::string& source, OrganisationHierarchy& into,
                             const LoadOptions& options = {});
HierarchyLoad read_hierarchy_file(const std::string& path, OrganisationHierarchy& into, const LoadOptions& options = {});
OrganisationHierarchy read_hierarchy_file(const std::string& path, const LoadOptions& options = {});

// A registered population: an NHS Digital registrations CSV (any layout, see
// registrations.hpp) or a PopulationTable saved as JSON, told apart by their first bytes.
// Whatever the format, the table is checked by the population rules (rules::check on a
// PopulationTable), their findings in `report` (strict mode throws on an error).
RegistrationsLoad read_population(ByteSource& in, const std::string& source, const RegistrationsOptions& options = {});
RegistrationsLoad read_population_file(const std::string& path, const RegistrationsOptions& options = {});

}  // namespace commissioning::io
