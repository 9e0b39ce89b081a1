#pragma once
// JSON for the finance area. Table figures are strings in the table's unit, as printed
// ("3,653", "-0"); amounts that stand alone (a quoted figure, a funding amount, a salary)
// carry their unit in the string ("£139k", "£1.402m", "£32,171"). See docs/finance.md.
#include <string>
#include <string_view>

#include "commissioning/finance/amount_table.hpp"
#include "commissioning/finance/budget.hpp"
#include "commissioning/finance/funding.hpp"
#include "commissioning/finance/position.hpp"
#include "commissioning/finance/reconciliation.hpp"
#include "commissioning/finance/staffing.hpp"
#include "commissioning/io/json_core.hpp"

namespace commissioning::finance {

COMMISSIONING_JSON_DECLARE(BudgetFamily)
COMMISSIONING_JSON_DECLARE(BudgetColumn)
COMMISSIONING_JSON_DECLARE(LineKind)
COMMISSIONING_JSON_DECLARE(NarrativeSense)
COMMISSIONING_JSON_DECLARE(BudgetLine)  // carries "unit" when it stands alone
COMMISSIONING_JSON_DECLARE(BudgetSection)
COMMISSIONING_JSON_DECLARE(NarrativeFigure)
COMMISSIONING_JSON_DECLARE(BudgetReport)
COMMISSIONING_JSON_DECLARE(PositionTable)
COMMISSIONING_JSON_DECLARE(AmountTable)
COMMISSIONING_JSON_DECLARE(AfcBand)
COMMISSIONING_JSON_DECLARE(StaffingLine)
COMMISSIONING_JSON_DECLARE(StaffingTable)
COMMISSIONING_JSON_DECLARE(Recurrence)
COMMISSIONING_JSON_DECLARE(FundingSource)
COMMISSIONING_JSON_DECLARE(FundingStream)
COMMISSIONING_JSON_DECLARE(Allocation)

void to_json(io::Json& j, const ReconciliationCheck& c);
// The reconciliation as a report: counts, tolerance, largest drift, every inexact check and
// the diagnostics.
io::Json reconciliation_json(const Reconciliation& r);

// The kinds of finance document a JSON file can hold. Each writes its "kind" ("budget-report",
// "position-table", "money-table", "staffing-table", "funding-stream", "allocation"); on
// reading, "kind" is optional and, when absent, the document is told apart by its fields.
enum class FinanceDocument { BudgetReport, PositionTable, AmountTable, StaffingTable, FundingStream, Allocation };
std::string_view to_string(FinanceDocument d) noexcept;  // "budget report", …
std::string_view kind_name(FinanceDocument d) noexcept;  // "budget-report", …
// Throws InputError when the object is none of them (or names an unknown kind).
FinanceDocument detect_finance_document(const io::Json& j, const std::string& source);

}  // namespace commissioning::finance
