#include "commissioning/io/json_programme.hpp"

#include <fmt/format.h>

#include "commissioning/io/detail/json_fields.hpp"
#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_programme.hpp"

namespace commissioning {

using io::Json;
using io::json_detail::as_string;
using io::json_detail::fail;
using io::json_detail::parse_string;
using io::json_detail::read;
using io::json_detail::reject_unknown_keys;
using io::json_detail::write;

void to_json(Json& j, const CalendarMonth& v) { j = to_string(v); }
void from_json(const Json& j, CalendarMonth& v) { v = parse_string(j, [](const std::string& s) { return parse_calendar_month(s); }); }

void to_json(Json& j, const DueDate& v) { j = v.verbatim(); }
void from_json(const Json& j, DueDate& v) { v = parse_string(j, [](const std::string& s) { return parse_due_date(s); }); }

void to_json(Json& j, const MilestoneStatus& v) { j = std::string(to_string(v)); }
void from_json(const Json& j, MilestoneStatus& v) {
  v = parse_string(j, [](const std::string& s) { return parse_milestone_status(s); });
}

void to_json(Json& j, const Milestone& v) {
  j = Json{{"description", v.description}};
  write(j, "id", v.id);
  write(j, "section", v.section);
  if (v.status != MilestoneStatus::NotStated) j["status"] = v.status;
  write(j, "due", v.due.verbatim());
  write(j, "rag", v.rag);
  write(j, "owner", v.owner);
  write(j, "source", v.source);
}
void from_json(const Json& j, Milestone& v) {
  reject_unknown_keys(j, {"id", "description", "section", "status", "due", "rag", "owner", "source"});
  v = Milestone{};
  v.description = as_string(j.at("description"));
  read(j, "id", v.id);
  read(j, "section", v.section);
  read(j, "status", v.status);
  read(j, "due", v.due);
  read(j, "rag", v.rag);
  read(j, "owner", v.owner);
  read(j, "source", v.source);
}

COMMISSIONING_JSON_FROM_FIELDS(MilestonePlan)

COMMISSIONING_JSON_FROM_SPELLINGS(ProgressStatus)

COMMISSIONING_JSON_FROM_FIELDS(Workstream)

COMMISSIONING_JSON_FROM_FIELDS(Activity)

COMMISSIONING_JSON_FROM_FIELDS(NewRiskRow)

COMMISSIONING_JSON_FROM_FIELDS(HighlightReport)

COMMISSIONING_JSON_FROM_SPELLINGS(Comparison)

void to_json(Json& j, const Decimal2& v) { j = to_string(v); }
void from_json(const Json& j, Decimal2& v) { v = parse_string(j, [](const std::string& s) { return parse_decimal2(s); }); }

COMMISSIONING_JSON_FROM_FIELDS(InterimTarget)

void to_json(Json& j, const Target& v) {
  j = Json{{"id", v.id}, {"metric", v.metric}, {"comparison", v.comparison}, {"value", v.value}};
  write(j, "unit", v.unit);
  write(j, "baseline_year", v.baseline_year);
  write(j, "deadline", v.deadline.verbatim());
  write(j, "interim", v.interim);
  write(j, "status", v.status);
  write(j, "status_as_of", v.status_as_of);
  write(j, "rag", v.rag);
  write(j, "source", v.source);
}
void from_json(const Json& j, Target& v) {
  reject_unknown_keys(j, {"id", "metric", "comparison", "value", "unit", "baseline_year", "deadline", "interim", "status",
                          "status_as_of", "rag", "source"});
  v = Target{};
  v.id = as_string(j.at("id"));
  v.metric = as_string(j.at("metric"));
  v.comparison = j.at("comparison").get<Comparison>();
  v.value = j.at("value").get<Decimal2>();
  read(j, "unit", v.unit);
  read(j, "baseline_year", v.baseline_year);
  read(j, "deadline", v.deadline);
  read(j, "interim", v.interim);
  read(j, "status", v.status);
  read(j, "status_as_of", v.status_as_of);
  read(j, "rag", v.rag);
  read(j, "source", v.source);
  if ((v.comparison == Comparison::ReduceByPercent || v.comparison == Comparison::IncreaseByPercent) && !v.baseline_year)
    fail(j, fmt::format("target {}: \"{}\" needs a baseline_year", v.id, to_string(v.comparison)));
}

COMMISSIONING_JSON_FROM_SPELLINGS(AssuranceState)
COMMISSIONING_JSON_FROM_SPELLINGS(OverallAssurance)

COMMISSIONING_JSON_FROM_FIELDS(DomainAssurance)

COMMISSIONING_JSON_FROM_FIELDS(AssuranceStatus)

COMMISSIONING_JSON_FROM_FIELDS(Programme)

}  // namespace commissioning
