#pragma once
// JSON for programme documents. Due dates are the text as written ("Q1 2018/19", "TBC");
// decimals are strings ("3.34"); RAG values are "Red", "Amber", "Green" or "Blue".
#include "commissioning/io/json_core.hpp"
#include "commissioning/io/json_risk.hpp"
#include "commissioning/programme/assurance.hpp"
#include "commissioning/programme/due_date.hpp"
#include "commissioning/programme/highlight_report.hpp"
#include "commissioning/programme/milestone.hpp"
#include "commissioning/programme/programme.hpp"
#include "commissioning/programme/target.hpp"

namespace commissioning {

COMMISSIONING_JSON_DECLARE(CalendarMonth)
COMMISSIONING_JSON_DECLARE(DueDate)
COMMISSIONING_JSON_DECLARE(MilestoneStatus)
COMMISSIONING_JSON_DECLARE(Milestone)
COMMISSIONING_JSON_DECLARE(MilestonePlan)
COMMISSIONING_JSON_DECLARE(ProgressStatus)
COMMISSIONING_JSON_DECLARE(Workstream)
COMMISSIONING_JSON_DECLARE(Activity)
COMMISSIONING_JSON_DECLARE(NewRiskRow)
COMMISSIONING_JSON_DECLARE(HighlightReport)
COMMISSIONING_JSON_DECLARE(Comparison)
COMMISSIONING_JSON_DECLARE(Decimal2)
COMMISSIONING_JSON_DECLARE(InterimTarget)
COMMISSIONING_JSON_DECLARE(Target)
COMMISSIONING_JSON_DECLARE(AssuranceState)
COMMISSIONING_JSON_DECLARE(OverallAssurance)
COMMISSIONING_JSON_DECLARE(DomainAssurance)
COMMISSIONING_JSON_DECLARE(AssuranceStatus)
COMMISSIONING_JSON_DECLARE(Programme)

}  // namespace commissioning
