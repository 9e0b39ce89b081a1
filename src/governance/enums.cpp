#include "commissioning/governance/enums.hpp"

#include <fmt/format.h>

#include <array>
#include <string>
#include <utility>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::governance {

namespace {

// A spelling table: the canonical spelling first for each value, then accepted variants.
template <class E>
struct Spelling {
  std::string_view text;
  E value;
};

template <class E, std::size_t N>
std::string_view canonical(const std::array<Spelling<E>, N>& table, E v) noexcept {
  for (const auto& s : table)
    if (s.value == v) return s.text;
  return "?";
}

// Case-insensitive, ignoring spaces, hyphens and underscores: "not in post" == "not-in-post".
std::string fold(std::string_view s) {
  std::string out;
  for (char c : text::normalise(s))
    if (c != ' ' && c != '-' && c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

template <class E, std::size_t N>
E lookup(const std::array<Spelling<E>, N>& table, std::string_view input, std::string_view what) {
  const auto key = fold(input);
  for (const auto& s : table)
    if (fold(s.text) == key) return s.value;
  std::string expected;
  E last{};
  bool first = true;
  for (const auto& s : table) {
    if (!first && s.value == last) continue;  // list canonical spellings only
    expected += (expected.empty() ? "" : ", ") + std::string(s.text);
    last = s.value;
    first = false;
  }
  throw ParseError(what, input, 0, fmt::format("unknown {}; expected one of: {}", what, expected));
}

constexpr std::array<Spelling<OrganisationKind>, 12> organisation_kinds{{
    {"ccg", OrganisationKind::Ccg},
    {"Clinical Commissioning Group", OrganisationKind::Ccg},
    {"icb", OrganisationKind::Icb},
    {"nhs-england-region", OrganisationKind::NhsEnglandRegion},
    {"NHS England", OrganisationKind::NhsEnglandRegion},
    {"stp", OrganisationKind::Stp},
    {"lmc", OrganisationKind::Lmc},
    {"healthwatch", OrganisationKind::Healthwatch},
    {"local-authority", OrganisationKind::LocalAuthority},
    {"csu", OrganisationKind::Csu},
    {"gp-federation", OrganisationKind::GpFederation},
    {"other", OrganisationKind::Other},
}};
constexpr std::array<Spelling<MemberCategory>, 7> member_categories{{
    {"lay", MemberCategory::Lay},
    {"lay member", MemberCategory::Lay},
    {"officer", MemberCategory::Officer},
    {"clinical", MemberCategory::Clinical},
    {"attendee", MemberCategory::Attendee},
    {"in attendance", MemberCategory::Attendee},
    {"observer", MemberCategory::Observer},
}};
constexpr std::array<Spelling<AttendanceStatus>, 5> attendance_statuses{{
    {"present", AttendanceStatus::Present},
    {"absent", AttendanceStatus::Absent},
    {"apologies", AttendanceStatus::Apologies},
    {"not-in-post", AttendanceStatus::NotInPost},
    {"not yet in post", AttendanceStatus::NotInPost},
}};
constexpr std::array<Spelling<InterestKind>, 4> interest_kinds{{
    {"pecuniary", InterestKind::Pecuniary},
    {"non-pecuniary", InterestKind::NonPecuniary},
    {"non-pecuniary-personal", InterestKind::NonPecuniaryPersonal},
    {"indirect", InterestKind::Indirect},
}};
constexpr std::array<Spelling<DeclarationOutcome>, 3> declaration_outcomes{{
    {"excluded-from-item", DeclarationOutcome::ExcludedFromItem},
    {"excluded-from-vote", DeclarationOutcome::ExcludedFromVote},
    {"waived", DeclarationOutcome::Waived},
}};
constexpr std::array<Spelling<Purpose>, 12> purposes{{
    {"Decision", Purpose::Decision},
    {"Approval", Purpose::Approval},
    {"Approve", Purpose::Approval},
    {"Discussion", Purpose::Discussion},
    {"Assurance", Purpose::Assurance},
    {"For assurance", Purpose::Assurance},
    {"Information", Purpose::Information},
    {"For Information", Purpose::Information},
    {"Informatio n", Purpose::Information},  // the agenda header's OCR split (L10)
    {"To Note", Purpose::ToNote},
    {"Note", Purpose::ToNote},
    {"Noting", Purpose::ToNote},
}};
constexpr std::array<Spelling<ImpactAssessment>, 4> impact_assessments{{
    {"Yes", ImpactAssessment::Yes},
    {"No", ImpactAssessment::No},
    {"N/A", ImpactAssessment::NotApplicable},
    {"not applicable", ImpactAssessment::NotApplicable},
}};
constexpr std::array<Spelling<ResolutionVerb>, 10> resolution_verbs{{
    {"received", ResolutionVerb::Received},
    {"receive", ResolutionVerb::Received},
    {"noted", ResolutionVerb::Noted},
    {"note", ResolutionVerb::Noted},
    {"approved", ResolutionVerb::Approved},
    {"approve", ResolutionVerb::Approved},
    {"ratified", ResolutionVerb::Ratified},
    {"ratify", ResolutionVerb::Ratified},
    {"rejected", ResolutionVerb::Rejected},
    {"reject", ResolutionVerb::Rejected},
}};
constexpr std::array<Spelling<Session>, 5> sessions{{
    {"public", Session::Public},
    {"Held in Public", Session::Public},
    {"Public Session", Session::Public},
    {"private", Session::Private},
    {"Private Session", Session::Private},
}};
constexpr std::array<Spelling<MinutesStatus>, 4> minutes_statuses{{
    {"unconfirmed", MinutesStatus::Unconfirmed},
    {"Unconfirmed Minutes", MinutesStatus::Unconfirmed},
    {"approved", MinutesStatus::Approved},
    {"signed", MinutesStatus::Signed},
}};
constexpr std::array<Spelling<ActionStatus>, 5> action_statuses{{
    {"open", ActionStatus::Open},
    {"on-agenda", ActionStatus::OnAgenda},
    {"deferred", ActionStatus::Deferred},
    {"complete", ActionStatus::Complete},
    {"closed", ActionStatus::Complete},
}};

}  // namespace

std::string_view to_string(OrganisationKind v) noexcept { return canonical(organisation_kinds, v); }
std::string_view to_string(MemberCategory v) noexcept { return canonical(member_categories, v); }
std::string_view to_string(AttendanceStatus v) noexcept { return canonical(attendance_statuses, v); }
std::string_view to_string(InterestKind v) noexcept { return canonical(interest_kinds, v); }
std::string_view to_string(DeclarationOutcome v) noexcept { return canonical(declaration_outcomes, v); }
std::string_view to_string(Purpose v) noexcept { return canonical(purposes, v); }
std::string_view to_string(PaperKind v) noexcept {
  switch (v) {
    case PaperKind::Enclosure: return "Enc.";
    case PaperKind::Verbal: return "Verbal";
    case PaperKind::Update: return "Update";
    case PaperKind::Table: return "Table";
    case PaperKind::Presentation: return "Pres.";
  }
  return "?";
}
std::string_view to_string(ImpactAssessment v) noexcept { return canonical(impact_assessments, v); }
std::string_view to_string(ResolutionVerb v) noexcept { return canonical(resolution_verbs, v); }
std::string_view to_string(Session v) noexcept { return canonical(sessions, v); }
std::string_view to_string(MinutesStatus v) noexcept { return canonical(minutes_statuses, v); }
std::string_view to_string(ActionStatus v) noexcept { return canonical(action_statuses, v); }

OrganisationKind parse_organisation_kind(std::string_view s) { return lookup(organisation_kinds, s, "organisation kind"); }
MemberCategory parse_member_category(std::string_view s) { return lookup(member_categories, s, "member category"); }
AttendanceStatus parse_attendance_status(std::string_view s) { return lookup(attendance_statuses, s, "attendance status"); }
InterestKind parse_interest_kind(std::string_view s) { return lookup(interest_kinds, s, "kind of interest"); }
DeclarationOutcome parse_declaration_outcome(std::string_view s) {
  return lookup(declaration_outcomes, s, "declaration outcome");
}
Purpose parse_purpose(std::string_view s) { return lookup(purposes, s, "agenda purpose"); }
ImpactAssessment parse_impact_assessment(std::string_view s) {
  return lookup(impact_assessments, s, "impact assessment answer");
}
ResolutionVerb parse_resolution_verb(std::string_view s) { return lookup(resolution_verbs, s, "resolution verb"); }
Session parse_session(std::string_view s) { return lookup(sessions, s, "session"); }
MinutesStatus parse_minutes_status(std::string_view s) { return lookup(minutes_statuses, s, "minutes status"); }
ActionStatus parse_action_status(std::string_view s) { return lookup(action_statuses, s, "action status"); }

AttendanceStatus parse_attendance_mark(std::string_view mark) {
  const std::string m{text::trim(text::normalise(mark))};
  static constexpr std::array<std::string_view, 4> present{"1", "/", "\u2713", "\u221A"};   // 1 / ✓ √
  static constexpr std::array<std::string_view, 3> absent{"X", "\u0425", "\u0445"};         // X Х х
  for (auto p : present)
    if (m == p) return AttendanceStatus::Present;
  for (auto a : absent)
    if (m == a) return AttendanceStatus::Absent;
  if (m == "-") return AttendanceStatus::NotInPost;
  if (m.empty()) throw ParseError("an attendance mark", mark, 0, "blank: no attendance recorded");
  throw ParseError("an attendance mark", mark, 0,
                   "not a grid mark; expected 1 / \u2713 \u221A (present), X \u0425 \u0445 (absent) or - (not yet in post)");
}

}  // namespace commissioning::governance
