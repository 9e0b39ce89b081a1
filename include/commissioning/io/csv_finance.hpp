#pragma once
// CSV for budget reports: one row per line, a section column and the six figure columns.
//
//   organisation,Stoke-on-Trent CCG
//   title,Stoke-on-Trent CCG Primary Medical Services - Delegated Budgets 2018/19 Month 2
//   period,2018/19 Month 2
//   family,delegated
//   unit,£'000s
//   narrative,,,ytd_variance,negative,£47k,The CCG is showing an underspend of £47k,seed 000 L344
//   section,line,kind,ytd_budget,ytd_actual,ytd_variance,forecast_budget,forecast_outturn,forecast_variance
//   Core contracts,GMS,spend,3653,3654,1,21759,21759,0
//   Core contracts,,subtotal,4611,4810,199,27578,27961,383
//   ,QOF,spend,457,466,10,3915,3915,0
//   ,,total,6552,6505,-47,39081,39081,0
//
// A preamble of key,value rows (organisation, period, family and unit required; title,
// percentage_base and narrative optional), then the header row, then the table. `kind` is
// spend, reserve, subtotal or total; a line with an empty section is a standalone line.
// Figures are in the unit of the `unit` row, as printed ("-0" kept). Quoting is RFC 4180.
// The full layout is in docs/finance.md.
#include <string>
#include <string_view>

#include "commissioning/finance/budget.hpp"

namespace commissioning::finance {

std::string budget_report_to_csv(const BudgetReport& report);
// Throws InputError naming the source, the row (line number in the file) and the column
// ("column 4 (ytd_budget)") for anything it cannot read: a non-numeric cell, a missing
// column, a line repeated in a section, an unreadable unit (the OCR'd "£ 0005"), a subtotal
// or total row with no lines above it. Nothing is skipped.
BudgetReport budget_report_from_csv(std::string_view text, const std::string& source = "<csv>");

}  // namespace commissioning::finance
