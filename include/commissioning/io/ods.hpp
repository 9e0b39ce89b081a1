#pragma once
// ODS files of the population area: `epraccur` (the practice register) and the practice
// membership layout. Both read through the one CSV record reader and findings sink.
#include <string>
#include <vector>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/io/findings.hpp"
#include "commissioning/io/source.hpp"
#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/practice.hpp"

namespace commissioning::io {

struct PracticeRegister {
  std::vector<Practice> practices;
  // practice → commissioner (CCG, or Welsh health board) memberships with their dates.
  OrganisationHierarchy hierarchy;
  ValidationReport report;  // lenient mode: the rows left out; always: practice rule findings
};
// The ODS `epraccur` file: no header, 27 quoted fields (quoted fields may hold commas).
// Strict: the first bad row throws LoadError with its line; lenient: diagnostics.
PracticeRegister read_epraccur(ByteSource& in, const std::string& source, const LoadOptions& options);
PracticeRegister read_epraccur(ByteSource& in, const std::string& source, bool lenient = false);
PracticeRegister read_epraccur_file(const std::string& path, bool lenient = false);

// The ODS practice membership layout: practice code, parent code, parent type, join date,
// left date (YYYYMMDD or ISO; left may be empty), with or without a header row. Parent types:
// PCN/LOCALITY, CCG/SUB_ICB(_LOCATION), STP/ICB, REGION (any case). Adds to `into`.
ValidationReport read_memberships(ByteSource& in, const std::string& source, OrganisationHierarchy& into,
                                  const LoadOptions& options);
ValidationReport read_memberships(ByteSource& in, const std::string& source, OrganisationHierarchy& into,
                                  bool lenient = false);

}  // namespace commissioning::io
