#pragma once
// Reading any JSON document the library knows, whatever its area: the format is detected in
// the library (by "kind", else by shape) so the CLI and the Python module do not detect it
// themselves. Loading goes through the findings sink (io/findings.hpp) with the same
// LoadOptions as every other loader: a failure is a LoadError carrying its rule id
// (core.input.not-json, core.input.document, or the area rule) and the place as an RFC 6901
// JSON Pointer ("/meetings/0/agenda/2/start").
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "commissioning/finance/amount_table.hpp"
#include "commissioning/finance/budget.hpp"
#include "commissioning/finance/funding.hpp"
#include "commissioning/finance/position.hpp"
#include "commissioning/finance/staffing.hpp"
#include "commissioning/governance/meeting.hpp"
#include "commissioning/io/findings.hpp"
#include "commissioning/io/json.hpp"
#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/weights.hpp"
#include "commissioning/programme/programme.hpp"
#include "commissioning/risk/register.hpp"

namespace commissioning::io {

using AnyDocument =
    std::variant<governance::MeetingPack, governance::Committee, governance::ActionLog, finance::BudgetReport,
                 finance::PositionTable, finance::AmountTable, finance::StaffingTable, finance::FundingStream,
                 finance::Allocation, RiskRegister, Programme, PopulationTable, OrganisationHierarchy, AgeSexWeights>;

// The document's kind as its "kind" field spells it ("meeting-pack", "budget-report",
// "risk-register", "population-table", …). Every document writes its kind; reading, a kind is
// optional (files written before it was) but must match when present.
std::string_view document_kind(const AnyDocument& d) noexcept;

struct DocumentLoad {
  AnyDocument document;
  ValidationReport report;  // findings of the rules run while loading (population tables)
};

// A JSON object: by its "kind" when it has one, else by its shape: "entries" (a risk
// register), "workstreams" (a programme), "practices" and "sexes" (a population table),
// "memberships" (a hierarchy), "bands" and "source" (weights), or the shapes of the finance
// documents.
DocumentLoad read_any_document(const Json& j, const std::string& source, const LoadOptions& options = {});
DocumentLoad read_any_document_text(std::string_view text, const std::string& source, const LoadOptions& options = {});
// "-" reads standard input; the read is bounded (JsonLimits).
DocumentLoad read_any_document_file(const std::string& path, const LoadOptions& options = {});

// A file of documents: a JSON document, a JSON array of documents, or a budget report CSV
// (told apart by the first significant byte, from the same read).
std::vector<DocumentLoad> read_documents_file(const std::string& path, const LoadOptions& options = {});

}  // namespace commissioning::io
