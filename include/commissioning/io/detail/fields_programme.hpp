#pragma once
// The programme entities' fields, listed once (see io/describe.hpp). The order is the archive
// layout. Values written as text (calendar months, due dates, decimals) keep their own JSON
// (src/io/json_programme.cpp) and archive forms (io/detail/serialize_programme.hpp).
#include "commissioning/io/describe.hpp"
#include "commissioning/io/detail/fields_risk.hpp"
#include "commissioning/programme/assurance.hpp"
#include "commissioning/programme/highlight_report.hpp"
#include "commissioning/programme/milestone.hpp"
#include "commissioning/programme/programme.hpp"
#include "commissioning/programme/target.hpp"

// A percentage change needs a baseline year (defined in src/io/json_programme.cpp).
template <>
struct commissioning::io::Check<commissioning::Target> {
  static void check(const Target& t);
};

// An unstated status and an empty due date are left out.
COMMISSIONING_FIELDS(commissioning::Milestone,
  field("id", &S::id),
  field("description", &S::description).required(),
  field("section", &S::section),
  field("status", &S::status).omit_default(),
  field("due", &S::due).omit_default(),
  field("rag", &S::rag),
  field("owner", &S::owner),
  field("source", &S::source))

COMMISSIONING_FIELDS(commissioning::MilestonePlan,
  field("title", &S::title).required(),
  field("version", &S::version),
  field("workstream", &S::workstream),
  field("milestones", &S::milestones),
  field("source", &S::source))

COMMISSIONING_FIELDS(commissioning::Workstream,
  field("id", &S::id).non_empty(),
  field("name", &S::name).required(),
  field("heading", &S::heading))

COMMISSIONING_FIELDS(commissioning::Activity,
  field("number", &S::number),
  field("text", &S::text).required(),
  field("progress", &S::progress),
  field("status", &S::status))

COMMISSIONING_FIELDS(commissioning::NewRiskRow,
  field("number", &S::number).required(),
  field("risk_id", &S::risk_id))

COMMISSIONING_FIELDS(commissioning::HighlightReport,
  field("workstream", &S::workstream).required(),
  field("month_covered", &S::month_covered).required(),
  field("authors", &S::authors),
  field("status", &S::status),
  field("impact_if_not_achieved", &S::impact_if_not_achieved),
  field("summary", &S::summary),
  field("activities", &S::activities),
  field("actions_planned", &S::actions_planned),
  field("recommendations", &S::recommendations),
  field("new_risks", &S::new_risks),
  field("source", &S::source))

COMMISSIONING_FIELDS(commissioning::DomainAssurance,
  field("domain", &S::domain).required(),
  field("state", &S::state),
  field("rag", &S::rag),
  field("finding", &S::finding),
  field("response", &S::response),
  field("source", &S::source))

// Exempt domains default to a non-empty list, so an empty list is written.
COMMISSIONING_FIELDS(commissioning::AssuranceStatus,
  field("organisation", &S::organisation).required(),
  field("plan", &S::plan),
  field("assessor", &S::assessor),
  field("submitted", &S::submitted),
  field("stated", &S::stated),
  field("domains", &S::domains),
  field("exempt_domains", &S::exempt_domains).written(),
  field("source", &S::source))

COMMISSIONING_FIELDS(commissioning::InterimTarget,
  field("due", &S::due).required(),
  field("value", &S::value).required())

COMMISSIONING_FIELDS(commissioning::Target,
  field("id", &S::id).required(),
  field("metric", &S::metric).required(),
  field("comparison", &S::comparison).required(),
  field("value", &S::value).required(),
  field("unit", &S::unit),
  field("baseline_year", &S::baseline_year),
  field("deadline", &S::deadline).omit_default(),
  field("interim", &S::interim),
  field("status", &S::status),
  field("status_as_of", &S::status_as_of),
  field("rag", &S::rag),
  field("source", &S::source))

COMMISSIONING_DOCUMENT_FIELDS(commissioning::Programme, "programme",
  field("name", &S::name).required(),
  field("organisation", &S::organisation),
  field("as_of", &S::as_of),
  field("workstreams", &S::workstreams),
  field("reports", &S::reports),
  field("risks", &S::risks),
  field("plans", &S::plans),
  field("targets", &S::targets),
  field("assurance", &S::assurance),
  field("source", &S::source))
