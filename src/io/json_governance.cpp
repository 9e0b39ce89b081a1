#include "commissioning/io/json_governance.hpp"

#include <fmt/format.h>

#include "commissioning/io/json_core.hpp"
#include "commissioning/io/json_fields.hpp"
#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_governance.hpp"

namespace commissioning::governance {

using io::Json;
using io::json_detail::as_string;
using io::json_detail::fail;
using io::json_detail::parse_string;
using io::json_detail::read;
using io::json_detail::reject_unknown_keys;
using io::json_detail::write;

namespace {

unsigned get_count(const Json& j, const char* key, unsigned max) {
  const auto& v = j.at(key);
  if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<long long>() >= 0))
    fail(v, fmt::format("expected a whole number, found {}", v.type_name()));
  const auto n = v.get<unsigned long long>();
  if (n > max) fail(v, fmt::format("{} is more than {}", n, max));
  return static_cast<unsigned>(n);
}
void check_kind(const Json& j, std::string_view expected) {
  if (!j.contains("kind")) return;
  const auto& k = as_string(j.at("kind"));
  if (k != expected) fail(j.at("kind"), fmt::format("this is a {}, not a \"{}\"", expected, k));
}
const std::string& required_string(const Json& j, const char* key) {
  const auto& s = as_string(j.at(key));
  if (s.empty()) fail(j.at(key), fmt::format("\"{}\" must not be empty", key));
  return s;
}

// A date as a document wrote it: "Tuesday 5th June 2018", or the lossless object form.
WrittenDate written_date(const Json& j) {
  if (j.is_string()) return parse_string(j, [](const std::string& s) { return parse_written_date(s); });
  return j.get<WrittenDate>();
}
// "10.00am – 11.30am", or {"start": "10:00", "end": "11:30"}.
TimeRange time_range(const Json& j) {
  if (j.is_string()) return parse_string(j, [](const std::string& s) { return parse_time_range(s); });
  return j.get<TimeRange>();
}
std::vector<Purpose> purposes(const Json& j) {
  return parse_string(j, [](const std::string& s) { return parse_purposes(s); });
}
Json purposes_json(const std::vector<Purpose>& p) { return to_string(p); }

}  // namespace

COMMISSIONING_JSON_FROM_SPELLINGS(OrganisationKind)
COMMISSIONING_JSON_FROM_SPELLINGS(MemberCategory)
COMMISSIONING_JSON_FROM_SPELLINGS(AttendanceStatus)
COMMISSIONING_JSON_FROM_SPELLINGS(InterestKind)
COMMISSIONING_JSON_FROM_SPELLINGS(DeclarationOutcome)
COMMISSIONING_JSON_FROM_SPELLINGS(ImpactAssessment)
COMMISSIONING_JSON_FROM_SPELLINGS(ResolutionVerb)
COMMISSIONING_JSON_FROM_SPELLINGS(Session)
COMMISSIONING_JSON_FROM_SPELLINGS(MinutesStatus)
COMMISSIONING_JSON_FROM_SPELLINGS(ActionStatus)

COMMISSIONING_JSON_FROM_FIELDS(Organisation)
COMMISSIONING_JSON_FROM_FIELDS(CategoryMinimum)
COMMISSIONING_JSON_FROM_FIELDS(QuorumRule)
COMMISSIONING_JSON_FROM_FIELDS(TermsOfReference)
COMMISSIONING_JSON_FROM_FIELDS(Committee)
COMMISSIONING_JSON_FROM_FIELDS(Member)

void to_json(Json& j, const Attendance& v) {
  j = Json{{"person", v.person}, {"status", v.status}};
  write(j, "mark", v.mark);
}
void from_json(const Json& j, Attendance& v) {
  reject_unknown_keys(j, {"person", "status", "mark"});
  v = Attendance{};
  v.person = j.at("person").get<Initials>();
  read(j, "mark", v.mark);
  if (j.contains("status")) {
    v.status = j.at("status").get<AttendanceStatus>();
    if (!v.mark.empty()) {
      const auto from_mark = parse_string(j.at("mark"), [](const std::string& s) { return parse_attendance_mark(s); });
      if (from_mark != v.status)
        fail(j.at("status"), fmt::format("status \"{}\" contradicts the mark \"{}\" ({})", to_string(v.status), v.mark,
                                         to_string(from_mark)));
    }
  } else if (j.contains("mark")) {
    v.status = parse_string(j.at("mark"), [](const std::string& s) { return parse_attendance_mark(s); });
  } else {
    fail(j, "an attendance needs a \"status\" or a grid \"mark\"");
  }
}

void to_json(Json& j, const AttendanceGridRow& v) {
  j = Json{{"person", v.person}, {"marks", v.marks}};
  write(j, "quoracy", v.quoracy);
}
void from_json(const Json& j, AttendanceGridRow& v) {
  reject_unknown_keys(j, {"person", "quoracy", "marks"});
  v = AttendanceGridRow{};
  v.person = j.at("person").get<Initials>();
  read(j, "quoracy", v.quoracy);
  v.marks = j.at("marks").get<std::vector<std::string>>();
}

void to_json(Json& j, const AttendanceGrid& v) { j = Json{{"columns", v.columns}, {"rows", v.rows}}; }
void from_json(const Json& j, AttendanceGrid& v) {
  reject_unknown_keys(j, {"columns", "rows"});
  v = AttendanceGrid{};
  v.columns = j.at("columns").get<std::vector<Date>>();
  v.rows = j.at("rows").get<std::vector<AttendanceGridRow>>();
}

void to_json(Json& j, const AgendaNumber& v) { j = to_string(v); }
void from_json(const Json& j, AgendaNumber& v) {
  v = parse_string(j, [](const std::string& s) { return AgendaNumber{s}; });
}

void to_json(Json& j, const PaperRef& v) { j = to_string(v); }
void from_json(const Json& j, PaperRef& v) { v = parse_string(j, [](const std::string& s) { return parse_paper_ref(s); }); }

void to_json(Json& j, const AgendaItem& v) {
  j = Json{{"number", v.number}, {"title", v.title}};
  write(j, "papers", v.papers);
  write(j, "to_follow", v.to_follow);
  if (!v.purposes.empty()) j["purpose"] = purposes_json(v.purposes);
  write(j, "presenter", v.presenter);
  write(j, "start", v.start);
  write(j, "duration_minutes", v.duration_minutes);
}
void from_json(const Json& j, AgendaItem& v) {
  reject_unknown_keys(j, {"number", "title", "papers", "to_follow", "purpose", "presenter", "start", "duration_minutes"});
  v = AgendaItem{};
  v.number = j.at("number").get<AgendaNumber>();
  v.title = as_string(j.at("title"));
  read(j, "papers", v.papers);
  read(j, "to_follow", v.to_follow);
  if (j.contains("purpose")) v.purposes = purposes(j.at("purpose"));
  read(j, "presenter", v.presenter);
  read(j, "start", v.start);
  if (j.contains("duration_minutes")) v.duration_minutes = get_count(j, "duration_minutes", 24 * 60);
}

void to_json(Json& j, const DeclarationOfInterest& v) {
  j = Json{{"declarant", v.declarant}, {"item", v.item}, {"kind", v.kind}, {"outcome", v.outcome}, {"on_register", v.on_register}};
  write(j, "interest", v.interest);
}
void from_json(const Json& j, DeclarationOfInterest& v) {
  reject_unknown_keys(j, {"declarant", "item", "kind", "interest", "outcome", "on_register"});
  v = DeclarationOfInterest{};
  v.declarant = j.at("declarant").get<Initials>();
  v.item = j.at("item").get<AgendaNumber>();
  v.kind = j.at("kind").get<InterestKind>();
  v.outcome = j.at("outcome").get<DeclarationOutcome>();
  read(j, "interest", v.interest);
  read(j, "on_register", v.on_register);
}

void to_json(Json& j, const Paper& v) {
  j = Json{{"enclosure", v.enclosure},
           {"title", v.title},
           {"quality_impact", v.quality_impact},
           {"equality_impact", v.equality_impact},
           {"engagement", v.engagement}};
  write(j, "sponsor", v.sponsor);
  write(j, "meeting_date", v.meeting_date);
  if (!v.action_required.empty()) j["action_required"] = purposes_json(v.action_required);
  write(j, "asked_to", v.asked_to);
  write(j, "asked_to_text", v.asked_to_text);
}
void from_json(const Json& j, Paper& v) {
  reject_unknown_keys(j, {"enclosure", "title", "sponsor", "meeting_date", "action_required", "asked_to", "asked_to_text",
                          "quality_impact", "equality_impact", "engagement"});
  v = Paper{};
  v.enclosure = required_string(j, "enclosure");
  v.title = as_string(j.at("title"));
  read(j, "sponsor", v.sponsor);
  read(j, "meeting_date", v.meeting_date);
  if (j.contains("action_required")) v.action_required = purposes(j.at("action_required"));
  read(j, "asked_to", v.asked_to);
  read(j, "asked_to_text", v.asked_to_text);
  v.quality_impact = j.at("quality_impact").get<ImpactAssessment>();
  v.equality_impact = j.at("equality_impact").get<ImpactAssessment>();
  v.engagement = j.at("engagement").get<ImpactAssessment>();
}

void to_json(Json& j, const MinuteReference& v) { j = to_string(v); }
void from_json(const Json& j, MinuteReference& v) {
  v = parse_string(j, [](const std::string& s) { return parse_minute_reference(s); });
}

void to_json(Json& j, const Resolution& v) {
  j = Json{{"committee", v.committee}, {"verbs", v.verbs}};
  write(j, "subject", v.subject);
  write(j, "ratification_required", v.ratification_required);
}
void from_json(const Json& j, Resolution& v) {
  reject_unknown_keys(j, {"committee", "verbs", "subject", "ratification_required"});
  v = Resolution{};
  v.committee = required_string(j, "committee");
  v.verbs = j.at("verbs").get<std::vector<ResolutionVerb>>();
  read(j, "subject", v.subject);
  read(j, "ratification_required", v.ratification_required);
}

void to_json(Json& j, const MinuteAction& v) {
  j = Json{{"owners", v.owners}, {"text", v.text}};
  write(j, "margin", v.margin);
}
void from_json(const Json& j, MinuteAction& v) {
  reject_unknown_keys(j, {"owners", "text", "margin"});
  v = MinuteAction{};
  v.owners = j.at("owners").get<std::vector<Initials>>();
  v.text = required_string(j, "text");
  read(j, "margin", v.margin);
}

void to_json(Json& j, const Minute& v) {
  j = Json{{"reference", v.reference}, {"title", v.title}};
  write(j, "item", v.item);
  write(j, "presenters", v.presenters);
  write(j, "speakers", v.speakers);
  write(j, "narrative", v.narrative);
  write(j, "resolutions", v.resolutions);
  write(j, "actions", v.actions);
}
void from_json(const Json& j, Minute& v) {
  reject_unknown_keys(j, {"reference", "item", "title", "presenters", "speakers", "narrative", "resolutions", "actions"});
  v = Minute{};
  v.reference = j.at("reference").get<MinuteReference>();
  v.title = as_string(j.at("title"));
  read(j, "item", v.item);
  read(j, "presenters", v.presenters);
  read(j, "speakers", v.speakers);
  read(j, "narrative", v.narrative);
  read(j, "resolutions", v.resolutions);
  read(j, "actions", v.actions);
}

void to_json(Json& j, const ActionDue& v) {
  j = Json::object();
  write(j, "date", v.date);
  write(j, "text", v.text);
}
void from_json(const Json& j, ActionDue& v) {
  reject_unknown_keys(j, {"date", "text"});
  v = ActionDue{};
  read(j, "date", v.date);
  read(j, "text", v.text);
}

void to_json(Json& j, const Action& v) {
  j = Json{{"text", v.text}, {"owners", v.owners}, {"status", v.status}};
  write(j, "meeting_date", v.meeting_date);
  write(j, "reference", v.reference);
  write(j, "agenda_item", v.agenda_item);
  write(j, "responsible_officer", v.responsible_officer);
  if (!v.due.empty()) j["due"] = v.due;
  write(j, "outcome", v.outcome);
  write(j, "next_agenda_item", v.next_agenda_item);
}
void from_json(const Json& j, Action& v) {
  reject_unknown_keys(j, {"meeting_date", "reference", "agenda_item", "text", "owners", "responsible_officer", "due",
                          "outcome", "status", "next_agenda_item"});
  v = Action{};
  v.text = required_string(j, "text");
  v.owners = j.at("owners").get<std::vector<Initials>>();
  read(j, "outcome", v.outcome);
  // The status may be left out when the outcome says it ("Item on the agenda.").
  v.status = j.contains("status") ? j.at("status").get<ActionStatus>() : status_from_outcome(v.outcome);
  read(j, "meeting_date", v.meeting_date);
  read(j, "reference", v.reference);
  read(j, "agenda_item", v.agenda_item);
  read(j, "responsible_officer", v.responsible_officer);
  read(j, "due", v.due);
  read(j, "next_agenda_item", v.next_agenda_item);
}

void to_json(Json& j, const ActionLog& v) {
  j = Json{{"title", v.title}, {"actions", v.actions}};
  write(j, "presented_at", v.presented_at);
}
void from_json(const Json& j, ActionLog& v) {
  reject_unknown_keys(j, {"kind", "title", "presented_at", "actions"});
  check_kind(j, "action-log");
  v = ActionLog{};
  v.title = as_string(j.at("title"));
  read(j, "presented_at", v.presented_at);
  v.actions = j.at("actions").get<std::vector<Action>>();
}

void to_json(Json& j, const Postcode& v) { j = v.str(); }
void from_json(const Json& j, Postcode& v) { v = parse_string(j, [](const std::string& s) { return Postcode{s}; }); }

void to_json(Json& j, const Venue& v) {
  j = Json{{"place", v.place}};
  write(j, "postcode", v.postcode);
}
void from_json(const Json& j, Venue& v) {
  reject_unknown_keys(j, {"place", "postcode"});
  v = Venue{};
  v.place = as_string(j.at("place"));
  read(j, "postcode", v.postcode);
}

void to_json(Json& j, const MinutesRecord& v) {
  j = Json{{"status", v.status}};
  write(j, "approved_at", v.approved_at);
  write(j, "signed_on", v.signed_on);
  write(j, "signed_by", v.signed_by);
}
void from_json(const Json& j, MinutesRecord& v) {
  reject_unknown_keys(j, {"status", "approved_at", "signed_on", "signed_by"});
  v = MinutesRecord{};
  v.status = j.at("status").get<MinutesStatus>();
  read(j, "approved_at", v.approved_at);
  read(j, "signed_on", v.signed_on);
  read(j, "signed_by", v.signed_by);
}

void to_json(Json& j, const NextMeeting& v) {
  j = Json{{"date", v.date}};
  write(j, "start", v.start);
  write(j, "venue", v.venue);
  write(j, "chair", v.chair);
}
void from_json(const Json& j, NextMeeting& v) {
  reject_unknown_keys(j, {"date", "start", "venue", "chair"});
  v = NextMeeting{};
  v.date = written_date(j.at("date"));
  read(j, "start", v.start);
  read(j, "venue", v.venue);
  read(j, "chair", v.chair);
}

void to_json(Json& j, const Meeting& v) {
  j = Json{{"title", v.title}, {"committees", v.committees}, {"date", v.date}, {"time", v.time}, {"venue", v.venue},
           {"session", v.session}};
  write(j, "chair", v.chair);
  write(j, "minutes_record", v.minutes_record);
  write(j, "attendance", v.attendance);
  write(j, "attendance_grid", v.attendance_grid);
  write(j, "declarations", v.declarations);
  write(j, "agenda", v.agenda);
  write(j, "papers", v.papers);
  write(j, "minutes", v.minutes);
  write(j, "next_meeting", v.next_meeting);
}
void from_json(const Json& j, Meeting& v) {
  reject_unknown_keys(j, {"title", "committees", "date", "time", "venue", "session", "chair", "minutes_record", "attendance",
                          "attendance_grid", "declarations", "agenda", "papers", "minutes", "next_meeting"});
  v = Meeting{};
  v.title = as_string(j.at("title"));
  v.committees = j.at("committees").get<std::vector<std::string>>();
  if (v.committees.empty()) fail(j.at("committees"), "a meeting needs at least one committee");
  v.date = written_date(j.at("date"));
  v.time = time_range(j.at("time"));
  v.venue = j.at("venue").get<Venue>();
  v.session = j.at("session").get<Session>();
  read(j, "chair", v.chair);
  read(j, "minutes_record", v.minutes_record);
  read(j, "attendance", v.attendance);
  read(j, "attendance_grid", v.attendance_grid);
  read(j, "declarations", v.declarations);
  read(j, "agenda", v.agenda);
  read(j, "papers", v.papers);
  read(j, "minutes", v.minutes);
  read(j, "next_meeting", v.next_meeting);
}

void to_json(Json& j, const MeetingPack& v) {
  j = Json{{"kind", "meeting-pack"}, {"title", v.title}, {"organisations", v.organisations}, {"committees", v.committees},
           {"members", v.members}, {"meetings", v.meetings}};
  write(j, "action_log", v.action_log);
}
void from_json(const Json& j, MeetingPack& v) {
  reject_unknown_keys(j, {"kind", "title", "organisations", "committees", "members", "meetings", "action_log"});
  check_kind(j, "meeting-pack");
  v = MeetingPack{};
  v.title = as_string(j.at("title"));
  read(j, "organisations", v.organisations);
  v.committees = j.at("committees").get<std::vector<Committee>>();
  v.members = j.at("members").get<std::vector<Member>>();
  v.meetings = j.at("meetings").get<std::vector<Meeting>>();
  read(j, "action_log", v.action_log);
}

std::string_view document_kind(const Document& d) noexcept {
  switch (d.index()) {
    case 0: return "meeting-pack";
    case 1: return "committee";
    default: return "action-log";
  }
}

Document read_document(const Json& j, const std::string& source) {
  try {
    io::json_detail::JsonPathScope root(j);
    if (!j.is_object()) fail(j, fmt::format("a governance document is an object, found {}", j.type_name()));
    if (!j.contains("kind")) fail(j, "missing \"kind\" (one of: meeting-pack, committee, action-log)");
    const auto& kind = as_string(j.at("kind"));
    if (kind == "meeting-pack") return j.get<MeetingPack>();
    if (kind == "committee") return j.get<Committee>();
    if (kind == "action-log") return j.get<ActionLog>();
    fail(j.at("kind"), fmt::format("unknown kind \"{}\" (expected meeting-pack, committee or action-log)", kind));
  } catch (...) {
    io::rethrow_as_input_error(source);
  }
}

Document read_document_text(std::string_view text, const std::string& source) {
  return read_document(io::parse_json(text, source), source);
}

Document read_document_file(const std::string& path) { return read_document(io::read_json_file(path), path); }

Json document_json(const Document& d) {
  Json j;
  std::visit([&](const auto& v) { j = v; }, d);
  j["kind"] = std::string(document_kind(d));
  return j;
}

}  // namespace commissioning::governance
