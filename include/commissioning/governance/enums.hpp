#pragma once
// The closed vocabularies of governance papers. Each has a to_string (the spelling JSON uses)
// and a parser that accepts the spellings the seed documents use and refuses anything else
// with a ParseError listing what it expected.
#include <cstdint>
#include <string_view>

namespace commissioning::governance {

enum class OrganisationKind : std::uint8_t {
  Ccg, Icb, NhsEnglandRegion, Stp, Lmc, Healthwatch, LocalAuthority, Csu, GpFederation, Other
};
enum class MemberCategory : std::uint8_t { Lay, Officer, Clinical, Attendee, Observer };
enum class AttendanceStatus : std::uint8_t { Present, Absent, Apologies, NotInPost };
enum class InterestKind : std::uint8_t { Pecuniary, NonPecuniary, NonPecuniaryPersonal, Indirect };
enum class DeclarationOutcome : std::uint8_t {
  ExcludedFromItem,  // takes no part in consideration, discussion or vote (the seed's default, L12)
  ExcludedFromVote,  // may speak, may not vote
  Waived,            // "unless agreed by the Chairman and members of the committee" (L12)
};
enum class Purpose : std::uint8_t { Decision, Approval, Discussion, Assurance, Information, ToNote };
enum class PaperKind : std::uint8_t { Enclosure, Verbal, Update, Table, Presentation };
enum class ImpactAssessment : std::uint8_t { Yes, No, NotApplicable };
enum class ResolutionVerb : std::uint8_t { Received, Noted, Approved, Ratified, Rejected };
enum class Session : std::uint8_t { Public, Private };
enum class MinutesStatus : std::uint8_t { Unconfirmed, Approved, Signed };
enum class ActionStatus : std::uint8_t { Open, OnAgenda, Deferred, Complete };

std::string_view to_string(OrganisationKind v) noexcept;
std::string_view to_string(MemberCategory v) noexcept;
std::string_view to_string(AttendanceStatus v) noexcept;
std::string_view to_string(InterestKind v) noexcept;
std::string_view to_string(DeclarationOutcome v) noexcept;
std::string_view to_string(Purpose v) noexcept;  // "To Note", "Decision"
std::string_view to_string(PaperKind v) noexcept;
std::string_view to_string(ImpactAssessment v) noexcept;
std::string_view to_string(ResolutionVerb v) noexcept;
std::string_view to_string(Session v) noexcept;
std::string_view to_string(MinutesStatus v) noexcept;
std::string_view to_string(ActionStatus v) noexcept;

OrganisationKind parse_organisation_kind(std::string_view s);
MemberCategory parse_member_category(std::string_view s);
AttendanceStatus parse_attendance_status(std::string_view s);
InterestKind parse_interest_kind(std::string_view s);
DeclarationOutcome parse_declaration_outcome(std::string_view s);
Purpose parse_purpose(std::string_view s);  // "To Note", "Note", "For Information", "Approval", …
ImpactAssessment parse_impact_assessment(std::string_view s);  // "Yes", "No", "N/A"
ResolutionVerb parse_resolution_verb(std::string_view s);  // "received", "noted", "approved", …
Session parse_session(std::string_view s);  // "public", "Held in Public", "private"
MinutesStatus parse_minutes_status(std::string_view s);  // "unconfirmed", "Unconfirmed Minutes", …
ActionStatus parse_action_status(std::string_view s);

// The seed's attendance grid marks (seed 000 L50–89, §1.5): 1 / ✓ √ (present), X and its
// Cyrillic look-alikes Х х (absent), - (not yet in post). Bold wrappers (<b>✓</b>) are
// accepted. A blank cell or OCR noise (L, I, ш) is refused: the grid has no key, and a
// guess would be a silent default.
AttendanceStatus parse_attendance_mark(std::string_view mark);

}  // namespace commissioning::governance
