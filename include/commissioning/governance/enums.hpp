#pragma once
// The closed vocabularies of governance papers. Each has a to_string (the spelling JSON uses)
// and a parser that accepts the spellings the seed documents use and refuses anything else
// with a ParseError listing what it expected.
#include <cstdint>
#include <string_view>

#include "commissioning/core/spelling.hpp"

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

// The spellings: canonical first (what JSON and archives store), then the variants the
// seed documents use.
COMMISSIONING_SPELLINGS(commissioning::governance::OrganisationKind, "organisation kind",
    {"ccg", commissioning::governance::OrganisationKind::Ccg},
    {"Clinical Commissioning Group", commissioning::governance::OrganisationKind::Ccg},
    {"icb", commissioning::governance::OrganisationKind::Icb},
    {"nhs-england-region", commissioning::governance::OrganisationKind::NhsEnglandRegion},
    {"NHS England", commissioning::governance::OrganisationKind::NhsEnglandRegion},
    {"stp", commissioning::governance::OrganisationKind::Stp},
    {"lmc", commissioning::governance::OrganisationKind::Lmc},
    {"healthwatch", commissioning::governance::OrganisationKind::Healthwatch},
    {"local-authority", commissioning::governance::OrganisationKind::LocalAuthority},
    {"csu", commissioning::governance::OrganisationKind::Csu},
    {"gp-federation", commissioning::governance::OrganisationKind::GpFederation},
    {"other", commissioning::governance::OrganisationKind::Other})

COMMISSIONING_SPELLINGS(commissioning::governance::MemberCategory, "member category",
    {"lay", commissioning::governance::MemberCategory::Lay},
    {"lay member", commissioning::governance::MemberCategory::Lay},
    {"officer", commissioning::governance::MemberCategory::Officer},
    {"clinical", commissioning::governance::MemberCategory::Clinical},
    {"attendee", commissioning::governance::MemberCategory::Attendee},
    {"in attendance", commissioning::governance::MemberCategory::Attendee},
    {"observer", commissioning::governance::MemberCategory::Observer})

COMMISSIONING_SPELLINGS(commissioning::governance::AttendanceStatus, "attendance status",
    {"present", commissioning::governance::AttendanceStatus::Present},
    {"absent", commissioning::governance::AttendanceStatus::Absent},
    {"apologies", commissioning::governance::AttendanceStatus::Apologies},
    {"not-in-post", commissioning::governance::AttendanceStatus::NotInPost},
    {"not yet in post", commissioning::governance::AttendanceStatus::NotInPost})

COMMISSIONING_SPELLINGS(commissioning::governance::InterestKind, "kind of interest",
    {"pecuniary", commissioning::governance::InterestKind::Pecuniary},
    {"non-pecuniary", commissioning::governance::InterestKind::NonPecuniary},
    {"non-pecuniary-personal", commissioning::governance::InterestKind::NonPecuniaryPersonal},
    {"indirect", commissioning::governance::InterestKind::Indirect})

COMMISSIONING_SPELLINGS(commissioning::governance::DeclarationOutcome, "declaration outcome",
    {"excluded-from-item", commissioning::governance::DeclarationOutcome::ExcludedFromItem},
    {"excluded-from-vote", commissioning::governance::DeclarationOutcome::ExcludedFromVote},
    {"waived", commissioning::governance::DeclarationOutcome::Waived})

COMMISSIONING_SPELLINGS(commissioning::governance::Purpose, "agenda purpose",
    {"Decision", commissioning::governance::Purpose::Decision},
    {"Approval", commissioning::governance::Purpose::Approval},
    {"Approve", commissioning::governance::Purpose::Approval},
    {"Discussion", commissioning::governance::Purpose::Discussion},
    {"Assurance", commissioning::governance::Purpose::Assurance},
    {"For assurance", commissioning::governance::Purpose::Assurance},
    {"Information", commissioning::governance::Purpose::Information},
    {"For Information", commissioning::governance::Purpose::Information},
    {"Informatio n", commissioning::governance::Purpose::Information},  // the agenda header's OCR split (L10)
    {"To Note", commissioning::governance::Purpose::ToNote},
    {"Note", commissioning::governance::Purpose::ToNote},
    {"Noting", commissioning::governance::Purpose::ToNote})

COMMISSIONING_SPELLINGS(commissioning::governance::ImpactAssessment, "impact assessment answer",
    {"Yes", commissioning::governance::ImpactAssessment::Yes},
    {"No", commissioning::governance::ImpactAssessment::No},
    {"N/A", commissioning::governance::ImpactAssessment::NotApplicable},
    {"not applicable", commissioning::governance::ImpactAssessment::NotApplicable})

COMMISSIONING_SPELLINGS(commissioning::governance::ResolutionVerb, "resolution verb",
    {"received", commissioning::governance::ResolutionVerb::Received},
    {"receive", commissioning::governance::ResolutionVerb::Received},
    {"noted", commissioning::governance::ResolutionVerb::Noted},
    {"note", commissioning::governance::ResolutionVerb::Noted},
    {"approved", commissioning::governance::ResolutionVerb::Approved},
    {"approve", commissioning::governance::ResolutionVerb::Approved},
    {"ratified", commissioning::governance::ResolutionVerb::Ratified},
    {"ratify", commissioning::governance::ResolutionVerb::Ratified},
    {"rejected", commissioning::governance::ResolutionVerb::Rejected},
    {"reject", commissioning::governance::ResolutionVerb::Rejected})

COMMISSIONING_SPELLINGS(commissioning::governance::Session, "session",
    {"public", commissioning::governance::Session::Public},
    {"Held in Public", commissioning::governance::Session::Public},
    {"Public Session", commissioning::governance::Session::Public},
    {"private", commissioning::governance::Session::Private},
    {"Private Session", commissioning::governance::Session::Private})

COMMISSIONING_SPELLINGS(commissioning::governance::MinutesStatus, "minutes status",
    {"unconfirmed", commissioning::governance::MinutesStatus::Unconfirmed},
    {"Unconfirmed Minutes", commissioning::governance::MinutesStatus::Unconfirmed},
    {"approved", commissioning::governance::MinutesStatus::Approved},
    {"signed", commissioning::governance::MinutesStatus::Signed})

COMMISSIONING_SPELLINGS(commissioning::governance::ActionStatus, "action status",
    {"open", commissioning::governance::ActionStatus::Open},
    {"on-agenda", commissioning::governance::ActionStatus::OnAgenda},
    {"deferred", commissioning::governance::ActionStatus::Deferred},
    {"complete", commissioning::governance::ActionStatus::Complete},
    {"closed", commissioning::governance::ActionStatus::Complete})

COMMISSIONING_SPELLINGS(commissioning::governance::PaperKind, "kind of paper",
    {"Enc.", commissioning::governance::PaperKind::Enclosure},
    {"Verbal", commissioning::governance::PaperKind::Verbal},
    {"Update", commissioning::governance::PaperKind::Update},
    {"Table", commissioning::governance::PaperKind::Table},
    {"Pres.", commissioning::governance::PaperKind::Presentation})
