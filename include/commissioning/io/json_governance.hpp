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
#include "commissioning/io/json.hpp"

namespace commissioning::governance {

#define COMMISSIONING_GOVERNANCE_JSON(T) \
  void to_json(io::Json& j, const T& v); \
  void from_json(const io::Json& j, T& v);

COMMISSIONING_GOVERNANCE_JSON(OrganisationKind)
COMMISSIONING_GOVERNANCE_JSON(MemberCategory)
COMMISSIONING_GOVERNANCE_JSON(AttendanceStatus)
COMMISSIONING_GOVERNANCE_JSON(InterestKind)
COMMISSIONING_GOVERNANCE_JSON(DeclarationOutcome)
COMMISSIONING_GOVERNANCE_JSON(ImpactAssessment)
COMMISSIONING_GOVERNANCE_JSON(ResolutionVerb)
COMMISSIONING_GOVERNANCE_JSON(Session)
COMMISSIONING_GOVERNANCE_JSON(MinutesStatus)
COMMISSIONING_GOVERNANCE_JSON(ActionStatus)
COMMISSIONING_GOVERNANCE_JSON(Organisation)
COMMISSIONING_GOVERNANCE_JSON(CategoryMinimum)
COMMISSIONING_GOVERNANCE_JSON(QuorumRule)
COMMISSIONING_GOVERNANCE_JSON(TermsOfReference)
COMMISSIONING_GOVERNANCE_JSON(Committee)
COMMISSIONING_GOVERNANCE_JSON(Member)
COMMISSIONING_GOVERNANCE_JSON(Attendance)
COMMISSIONING_GOVERNANCE_JSON(AttendanceGridRow)
COMMISSIONING_GOVERNANCE_JSON(AttendanceGrid)
COMMISSIONING_GOVERNANCE_JSON(AgendaNumber)
COMMISSIONING_GOVERNANCE_JSON(PaperRef)
COMMISSIONING_GOVERNANCE_JSON(AgendaItem)
COMMISSIONING_GOVERNANCE_JSON(DeclarationOfInterest)
COMMISSIONING_GOVERNANCE_JSON(Paper)
COMMISSIONING_GOVERNANCE_JSON(MinuteReference)
COMMISSIONING_GOVERNANCE_JSON(Resolution)
COMMISSIONING_GOVERNANCE_JSON(MinuteAction)
COMMISSIONING_GOVERNANCE_JSON(Minute)
COMMISSIONING_GOVERNANCE_JSON(ActionDue)
COMMISSIONING_GOVERNANCE_JSON(Action)
COMMISSIONING_GOVERNANCE_JSON(ActionLog)
COMMISSIONING_GOVERNANCE_JSON(Postcode)
COMMISSIONING_GOVERNANCE_JSON(Venue)
COMMISSIONING_GOVERNANCE_JSON(MinutesRecord)
COMMISSIONING_GOVERNANCE_JSON(NextMeeting)
COMMISSIONING_GOVERNANCE_JSON(Meeting)
COMMISSIONING_GOVERNANCE_JSON(MeetingPack)

#undef COMMISSIONING_GOVERNANCE_JSON

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
