#include "commissioning/io/json_governance.hpp"

#include <fmt/format.h>

#include "commissioning/io/json_core.hpp"
#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_governance.hpp"

namespace commissioning::governance {

using io::Json;
using io::json_detail::as_string;
using io::json_detail::fail;
using io::json_detail::parse_string;

struct PurposesText {
  static Json write(const std::vector<Purpose>& p) { return to_string(p); }
  static std::vector<Purpose> read(const Json& j) { return parse_string(j, [](const std::string& s) { return parse_purposes(s); }); }
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
// A grid mark is kept as written ("<b>✓</b>") and checked as it is read.
struct GridMark {
  static Json write(const std::string& mark) { return mark; }
  static std::string read(const Json& j) {
    return parse_string(j, [](const std::string& s) {
      if (!s.empty()) (void)parse_attendance_mark(s);
      return s;
    });
  }
};

}  // namespace commissioning::governance

void commissioning::io::Check<commissioning::governance::Attendance>::check(const governance::Attendance& a) {
  if (a.mark.empty()) return;
  if (const auto from_mark = governance::parse_attendance_mark(a.mark); from_mark != a.status)
    throw std::invalid_argument(fmt::format("status \"{}\" contradicts the mark \"{}\" ({})", to_string(a.status),
                                            a.mark, to_string(from_mark)));
}

namespace commissioning::governance {

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

COMMISSIONING_JSON_AS_TEXT(AgendaNumber, to_string, AgendaNumber)
COMMISSIONING_JSON_AS_TEXT(PaperRef, to_string, parse_paper_ref)
COMMISSIONING_JSON_AS_TEXT(MinuteReference, to_string, parse_minute_reference)
COMMISSIONING_JSON_AS_TEXT(Postcode, [](const Postcode& p) { return p.str(); }, Postcode)

COMMISSIONING_JSON_FROM_FIELDS(Organisation)
COMMISSIONING_JSON_FROM_FIELDS(CategoryMinimum)
COMMISSIONING_JSON_FROM_FIELDS(QuorumRule)
COMMISSIONING_JSON_FROM_FIELDS(TermsOfReference)
COMMISSIONING_JSON_FROM_FIELDS(Committee)
COMMISSIONING_JSON_FROM_FIELDS(Member)
COMMISSIONING_JSON_FROM_FIELDS(Attendance)
COMMISSIONING_JSON_FROM_FIELDS(AttendanceGridRow)
COMMISSIONING_JSON_FROM_FIELDS(AttendanceGrid)
COMMISSIONING_JSON_FROM_FIELDS(AgendaItem)
COMMISSIONING_JSON_FROM_FIELDS(DeclarationOfInterest)
COMMISSIONING_JSON_FROM_FIELDS(Resolution)
COMMISSIONING_JSON_FROM_FIELDS(MinuteAction)
COMMISSIONING_JSON_FROM_FIELDS(Minute)
COMMISSIONING_JSON_FROM_FIELDS(ActionDue)
COMMISSIONING_JSON_FROM_FIELDS(Action)
COMMISSIONING_JSON_FROM_FIELDS(ActionLog)
COMMISSIONING_JSON_FROM_FIELDS(Venue)
COMMISSIONING_JSON_FROM_FIELDS(MinutesRecord)
COMMISSIONING_JSON_FROM_FIELDS(Paper)
COMMISSIONING_JSON_FROM_FIELDS(NextMeeting)
COMMISSIONING_JSON_FROM_FIELDS(Meeting)
COMMISSIONING_JSON_FROM_FIELDS(MeetingPack)

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
