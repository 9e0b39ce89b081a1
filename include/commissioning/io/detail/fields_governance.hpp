#pragma once
// The governance entities' fields, listed once (see io/describe.hpp). The order is the
// archive layout. Values written as text (agenda numbers, paper references, minute
// references, postcodes) keep their own JSON (src/io/json_governance.cpp) and archive forms
// (io/detail/serialize_governance.hpp).
#include <stdexcept>

#include "commissioning/governance/meeting.hpp"
#include "commissioning/io/describe.hpp"

namespace commissioning::governance {
// JSON codecs (json_as), defined in src/io/json_governance.cpp: purposes as the paper prints
// them ("To Note / Decision"); a date or time that may be written as text or as an object; a
// grid mark, checked as it is read.
struct PurposesText;
struct DateAsWritten;
struct TimeAsWritten;
struct GridMark;
}  // namespace commissioning::governance

// A grid mark and a stated status must agree (defined in src/io/json_governance.cpp).
template <>
struct commissioning::io::Check<commissioning::governance::Attendance> {
  static void check(const governance::Attendance& a);
};

COMMISSIONING_FIELDS(commissioning::governance::Organisation,
  field("id", &S::id).non_empty(),
  field("name", &S::name).non_empty(),
  field("kind", &S::kind).required(),
  field("aliases", &S::aliases),
  field("ods_code", &S::ods_code),
  field("successor", &S::successor).since(3))

COMMISSIONING_FIELDS(commissioning::governance::CategoryMinimum,
  field("category", &S::category).required(),
  field("minimum", &S::minimum).required().at_most(1000))

COMMISSIONING_FIELDS(commissioning::governance::QuorumRule,
  field("min_voting_present", &S::min_voting_present).required().at_most(1000),
  field("min_per_category", &S::min_per_category),
  field("conflicted_members_count", &S::conflicted_members_count))

COMMISSIONING_FIELDS(commissioning::governance::TermsOfReference,
  field("quorum", &S::quorum).required(),
  field("voting_membership", &S::voting_membership),
  field("cadence", &S::cadence),
  field("reports_to", &S::reports_to),
  field("delegated_powers", &S::delegated_powers),
  field("may_meet_in_common", &S::may_meet_in_common),
  field("approved_on", &S::approved_on),
  field("next_review", &S::next_review))

COMMISSIONING_DOCUMENT_FIELDS(commissioning::governance::Committee, "committee",
  field("id", &S::id).non_empty(),
  field("name", &S::name).non_empty(),
  field("organisation", &S::organisation),
  field("terms_of_reference", &S::terms_of_reference).required())

COMMISSIONING_FIELDS(commissioning::governance::Member,
  field("initials", &S::initials).required(),
  field("name", &S::name).required(),
  field("role", &S::role),
  field("organisation", &S::organisation),
  field("category", &S::category).required(),
  field("voting", &S::voting).required(),
  field("committees", &S::committees),
  field("in_post_from", &S::in_post_from),
  field("group", &S::group))

// The status may be left out where the grid mark says it.
COMMISSIONING_FIELDS(commissioning::governance::Attendance,
  field("person", &S::person).required(),
  field("status", &S::status).implied_by([](const S& a) {
    if (a.mark.empty()) throw std::invalid_argument("an attendance needs a \"status\" or a grid \"mark\"");
    return commissioning::governance::parse_attendance_mark(a.mark);
  }),
  field("mark", &S::mark).json_as<commissioning::governance::GridMark>())

COMMISSIONING_FIELDS(commissioning::governance::AttendanceGridRow,
  field("person", &S::person).required(),
  field("quoracy", &S::quoracy),
  field("marks", &S::marks).required())

COMMISSIONING_FIELDS(commissioning::governance::AttendanceGrid,
  field("columns", &S::columns).required(),
  field("rows", &S::rows).required())

// JSON calls the purposes "purpose", as the agenda's column does. (Archives hold a list as
// "count" and "item" elements, so the name is not on the wire.)
COMMISSIONING_FIELDS(commissioning::governance::AgendaItem,
  field("number", &S::number).required(),
  field("title", &S::title).required(),
  field("papers", &S::papers),
  field("to_follow", &S::to_follow),
  field("purpose", &S::purposes).json_as<commissioning::governance::PurposesText>(),
  field("presenter", &S::presenter),
  field("start", &S::start),
  field("duration_minutes", &S::duration_minutes).at_most(24 * 60))

COMMISSIONING_FIELDS(commissioning::governance::DeclarationOfInterest,
  field("declarant", &S::declarant).required(),
  field("item", &S::item).required(),
  field("kind", &S::kind).required(),
  field("interest", &S::interest),
  field("outcome", &S::outcome).required(),
  field("on_register", &S::on_register))

COMMISSIONING_FIELDS(commissioning::governance::Resolution,
  field("committee", &S::committee).non_empty(),
  field("verbs", &S::verbs).required(),
  field("subject", &S::subject),
  field("ratification_required", &S::ratification_required))

COMMISSIONING_FIELDS(commissioning::governance::MinuteAction,
  field("owners", &S::owners).required(),
  field("text", &S::text).non_empty(),
  field("margin", &S::margin))

COMMISSIONING_FIELDS(commissioning::governance::Minute,
  field("reference", &S::reference).required(),
  field("item", &S::item),
  field("title", &S::title).required(),
  field("presenters", &S::presenters),
  field("speakers", &S::speakers),
  field("narrative", &S::narrative),
  field("resolutions", &S::resolutions),
  field("actions", &S::actions))

COMMISSIONING_FIELDS(commissioning::governance::ActionDue,
  field("date", &S::date),
  field("text", &S::text))

// The status may be left out where the outcome says it ("Item on the agenda.").
COMMISSIONING_FIELDS(commissioning::governance::Action,
  field("meeting_date", &S::meeting_date),
  field("reference", &S::reference),
  field("agenda_item", &S::agenda_item),
  field("text", &S::text).non_empty(),
  field("owners", &S::owners).required(),
  field("responsible_officer", &S::responsible_officer),
  field("due", &S::due).omit_default(),
  field("outcome", &S::outcome),
  field("status", &S::status).implied_by([](const S& a) { return commissioning::governance::status_from_outcome(a.outcome); }),
  field("next_agenda_item", &S::next_agenda_item))

COMMISSIONING_DOCUMENT_FIELDS(commissioning::governance::ActionLog, "action-log",
  field("title", &S::title).required(),
  field("presented_at", &S::presented_at),
  field("actions", &S::actions).required())

COMMISSIONING_FIELDS(commissioning::governance::Venue,
  field("place", &S::place).required(),
  field("postcode", &S::postcode))

COMMISSIONING_FIELDS(commissioning::governance::MinutesRecord,
  field("status", &S::status).required(),
  field("approved_at", &S::approved_at),
  field("signed_on", &S::signed_on),
  field("signed_by", &S::signed_by))

COMMISSIONING_FIELDS(commissioning::governance::Paper,
  field("enclosure", &S::enclosure).non_empty(),
  field("title", &S::title).required(),
  field("sponsor", &S::sponsor),
  field("meeting_date", &S::meeting_date),
  field("action_required", &S::action_required).json_as<commissioning::governance::PurposesText>(),
  field("asked_to", &S::asked_to),
  field("asked_to_text", &S::asked_to_text),
  field("quality_impact", &S::quality_impact).required(),
  field("equality_impact", &S::equality_impact).required(),
  field("engagement", &S::engagement).required())

COMMISSIONING_FIELDS(commissioning::governance::NextMeeting,
  field("date", &S::date).required().json_as<commissioning::governance::DateAsWritten>(),
  field("start", &S::start),
  field("venue", &S::venue),
  field("chair", &S::chair))

COMMISSIONING_FIELDS(commissioning::governance::Meeting,
  field("title", &S::title).required(),
  field("committees", &S::committees).non_empty(),
  field("date", &S::date).required().json_as<commissioning::governance::DateAsWritten>(),
  field("time", &S::time).required().json_as<commissioning::governance::TimeAsWritten>(),
  field("venue", &S::venue).required(),
  field("session", &S::session).required(),
  field("chair", &S::chair),
  field("minutes_record", &S::minutes_record),
  field("attendance", &S::attendance),
  field("attendance_grid", &S::attendance_grid),
  field("declarations", &S::declarations),
  field("agenda", &S::agenda),
  field("papers", &S::papers),
  field("minutes", &S::minutes),
  field("next_meeting", &S::next_meeting))

COMMISSIONING_DOCUMENT_FIELDS(commissioning::governance::MeetingPack, "meeting-pack",
  field("title", &S::title).required(),
  field("organisations", &S::organisations),
  field("committees", &S::committees).required(),
  field("members", &S::members).required(),
  field("meetings", &S::meetings).required(),
  field("action_log", &S::action_log))
