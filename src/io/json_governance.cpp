#include "commissioning/io/json_governance.hpp"

#include <fmt/format.h>

#include "commissioning/io/json_core.hpp"
#include "commissioning/io/detail/json_fields.hpp"
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
  return io::describe_json::read_integer<unsigned>(j.at(key), max);  // "-5 is out of range: expected …"
}
const std::string& required_string(const Json& j, const char* key) {
  const auto& s = as_string(j.at(key));
  if (s.empty()) fail(j.at(key), fmt::format("\"{}\" must not be empty", key));
  return s;
}

std::vector<Purpose> purposes(const Json& j) {
  return parse_string(j, [](const std::string& s) { return parse_purposes(s); });
}
Json purposes_json(const std::vector<Purpose>& p) { return to_string(p); }

}  // namespace

struct PurposesText {
  static Json write(const std::vector<Purpose>& p) { return purposes_json(p); }
  static std::vector<Purpose> read(const Json& j) { return purposes(j); }
};
// A date as a document wrote it: "Tuesday 5th June 2018", or the lossless object form.
struct DateAsWritten {
  static Json write(const WrittenDate& d) { return d; }
  static WrittenDate read(const Json& j) {
    if (j.is_string()) return parse_string(j, [](const std::string& s) { return parse_written_date(s); });
    return j.get<WrittenDate>();
  }
};
// "10.00am – 11.30am", or {"start": "10:00", "end": "11:30"}.
struct TimeAsWritten {
  static Json write(const TimeRange& t) { return t; }
  static TimeRange read(const Json& j) {
    if (j.is_string()) return parse_string(j, [](const std::string& s) { return parse_time_range(s); });
    return j.get<TimeRange>();
  }
};

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
COMMISSIONING_JSON_FROM_FIELDS(AttendanceGridRow)
COMMISSIONING_JSON_FROM_FIELDS(AttendanceGrid)
COMMISSIONING_JSON_FROM_FIELDS(DeclarationOfInterest)
COMMISSIONING_JSON_FROM_FIELDS(Resolution)
COMMISSIONING_JSON_FROM_FIELDS(MinuteAction)
COMMISSIONING_JSON_FROM_FIELDS(Minute)
COMMISSIONING_JSON_FROM_FIELDS(ActionDue)
COMMISSIONING_JSON_FROM_FIELDS(ActionLog)
COMMISSIONING_JSON_FROM_FIELDS(Venue)
COMMISSIONING_JSON_FROM_FIELDS(MinutesRecord)
COMMISSIONING_JSON_FROM_FIELDS(Paper)
COMMISSIONING_JSON_FROM_FIELDS(NextMeeting)
COMMISSIONING_JSON_FROM_FIELDS(Meeting)
COMMISSIONING_JSON_FROM_FIELDS(MeetingPack)

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

void to_json(Json& j, const MinuteReference& v) { j = to_string(v); }
void from_json(const Json& j, MinuteReference& v) {
  v = parse_string(j, [](const std::string& s) { return parse_minute_reference(s); });
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

void to_json(Json& j, const Postcode& v) { j = v.str(); }
void from_json(const Json& j, Postcode& v) { v = parse_string(j, [](const std::string& s) { return Postcode{s}; }); }

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
