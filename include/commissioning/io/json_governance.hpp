#pragma once
// JSON for governance documents. Three kinds of document stand alone, each saying what it
// is in a "kind" field: "meeting-pack", "committee" and "action-log". Every other entity is
// nested in one of them. Unknown fields are errors with their JSON path; enumerations use
// the spellings of governance/enums.hpp; dates are ISO 8601 ("2018-06-05") except where a
// document's own wording is kept ("Tuesday 5th June 2018", with its stated weekday).
#include <string>
#include <string_view>
#include <variant>

#include "commissioning/governance/meeting.hpp"
#include "commissioning/io/json_core.hpp"

namespace commissioning::governance {

COMMISSIONING_JSON_DECLARE(OrganisationKind)
COMMISSIONING_JSON_DECLARE(MemberCategory)
COMMISSIONING_JSON_DECLARE(AttendanceStatus)
COMMISSIONING_JSON_DECLARE(InterestKind)
COMMISSIONING_JSON_DECLARE(DeclarationOutcome)
COMMISSIONING_JSON_DECLARE(ImpactAssessment)
COMMISSIONING_JSON_DECLARE(ResolutionVerb)
COMMISSIONING_JSON_DECLARE(Session)
COMMISSIONING_JSON_DECLARE(MinutesStatus)
COMMISSIONING_JSON_DECLARE(ActionStatus)
COMMISSIONING_JSON_DECLARE(Organisation)
COMMISSIONING_JSON_DECLARE(CategoryMinimum)
COMMISSIONING_JSON_DECLARE(QuorumRule)
COMMISSIONING_JSON_DECLARE(TermsOfReference)
COMMISSIONING_JSON_DECLARE(Committee)
COMMISSIONING_JSON_DECLARE(Member)
COMMISSIONING_JSON_DECLARE(Attendance)
COMMISSIONING_JSON_DECLARE(AttendanceGridRow)
COMMISSIONING_JSON_DECLARE(AttendanceGrid)
COMMISSIONING_JSON_DECLARE(AgendaNumber)
COMMISSIONING_JSON_DECLARE(PaperRef)
COMMISSIONING_JSON_DECLARE(AgendaItem)
COMMISSIONING_JSON_DECLARE(DeclarationOfInterest)
COMMISSIONING_JSON_DECLARE(Paper)
COMMISSIONING_JSON_DECLARE(MinuteReference)
COMMISSIONING_JSON_DECLARE(Resolution)
COMMISSIONING_JSON_DECLARE(MinuteAction)
COMMISSIONING_JSON_DECLARE(Minute)
COMMISSIONING_JSON_DECLARE(ActionDue)
COMMISSIONING_JSON_DECLARE(Action)
COMMISSIONING_JSON_DECLARE(ActionLog)
COMMISSIONING_JSON_DECLARE(Postcode)
COMMISSIONING_JSON_DECLARE(Venue)
COMMISSIONING_JSON_DECLARE(MinutesRecord)
COMMISSIONING_JSON_DECLARE(NextMeeting)
COMMISSIONING_JSON_DECLARE(Meeting)
COMMISSIONING_JSON_DECLARE(MeetingPack)

// A standalone governance document, whichever kind it is.
using Document = std::variant<MeetingPack, Committee, ActionLog>;
std::string_view document_kind(const Document& d) noexcept;  // "meeting-pack", "committee", "action-log"
// Reads a document, dispatching on its "kind". Throws InputError naming the source and the
// JSON path of the first problem (a missing or unknown kind, an unknown field, a bad value).
Document read_document(const io::Json& j, const std::string& source = "<json>");
Document read_document_text(std::string_view text, const std::string& source = "<json>");
Document read_document_file(const std::string& path);
// The document as JSON, with its "kind".
io::Json document_json(const Document& d);

}  // namespace commissioning::governance
