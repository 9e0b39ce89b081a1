#include "commissioning/io/json_programme.hpp"

#include <fmt/format.h>

#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_programme.hpp"

void commissioning::io::Check<commissioning::Target>::check(const Target& t) {
  if ((t.comparison == Comparison::ReduceByPercent || t.comparison == Comparison::IncreaseByPercent) && !t.baseline_year)
    throw std::invalid_argument(fmt::format("target {}: \"{}\" needs a baseline_year", t.id, to_string(t.comparison)));
}

namespace commissioning {

COMMISSIONING_JSON_AS_TEXT(CalendarMonth, to_string, parse_calendar_month)
COMMISSIONING_JSON_AS_TEXT(DueDate, [](const DueDate& d) { return d.verbatim(); }, parse_due_date)
COMMISSIONING_JSON_AS_TEXT(Decimal2, to_string, parse_decimal2)
// Written as its spelling ("" when not stated); read through parse_milestone_status.
COMMISSIONING_JSON_AS_TEXT(MilestoneStatus, [](MilestoneStatus m) { return std::string(spelling(m)); }, parse_milestone_status)

COMMISSIONING_JSON_FROM_SPELLINGS(ProgressStatus)
COMMISSIONING_JSON_FROM_SPELLINGS(Comparison)
COMMISSIONING_JSON_FROM_SPELLINGS(AssuranceState)
COMMISSIONING_JSON_FROM_SPELLINGS(OverallAssurance)

COMMISSIONING_JSON_FROM_FIELDS(Milestone)
COMMISSIONING_JSON_FROM_FIELDS(MilestonePlan)
COMMISSIONING_JSON_FROM_FIELDS(Workstream)
COMMISSIONING_JSON_FROM_FIELDS(Activity)
COMMISSIONING_JSON_FROM_FIELDS(NewRiskRow)
COMMISSIONING_JSON_FROM_FIELDS(HighlightReport)
COMMISSIONING_JSON_FROM_FIELDS(InterimTarget)
COMMISSIONING_JSON_FROM_FIELDS(Target)
COMMISSIONING_JSON_FROM_FIELDS(DomainAssurance)
COMMISSIONING_JSON_FROM_FIELDS(AssuranceStatus)
COMMISSIONING_JSON_FROM_FIELDS(Programme)

}  // namespace commissioning
