#include "commissioning/governance/enums.hpp"

#include <fmt/format.h>

#include <array>
#include <string>
#include <utility>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::governance {

// Printing and parsing come from the spelling tables in enums.hpp.
std::string_view to_string(OrganisationKind v) noexcept { return spelling(v); }
std::string_view to_string(MemberCategory v) noexcept { return spelling(v); }
std::string_view to_string(AttendanceStatus v) noexcept { return spelling(v); }
std::string_view to_string(InterestKind v) noexcept { return spelling(v); }
std::string_view to_string(DeclarationOutcome v) noexcept { return spelling(v); }
std::string_view to_string(Purpose v) noexcept { return spelling(v); }
std::string_view to_string(PaperKind v) noexcept { return spelling(v); }
std::string_view to_string(ImpactAssessment v) noexcept { return spelling(v); }
std::string_view to_string(ResolutionVerb v) noexcept { return spelling(v); }
std::string_view to_string(Session v) noexcept { return spelling(v); }
std::string_view to_string(MinutesStatus v) noexcept { return spelling(v); }
std::string_view to_string(ActionStatus v) noexcept { return spelling(v); }
OrganisationKind parse_organisation_kind(std::string_view s) { return parse_spelling<OrganisationKind>(s); }
MemberCategory parse_member_category(std::string_view s) { return parse_spelling<MemberCategory>(s); }
AttendanceStatus parse_attendance_status(std::string_view s) { return parse_spelling<AttendanceStatus>(s); }
InterestKind parse_interest_kind(std::string_view s) { return parse_spelling<InterestKind>(s); }
DeclarationOutcome parse_declaration_outcome(std::string_view s) { return parse_spelling<DeclarationOutcome>(s); }
Purpose parse_purpose(std::string_view s) { return parse_spelling<Purpose>(s); }
ImpactAssessment parse_impact_assessment(std::string_view s) { return parse_spelling<ImpactAssessment>(s); }
ResolutionVerb parse_resolution_verb(std::string_view s) { return parse_spelling<ResolutionVerb>(s); }
Session parse_session(std::string_view s) { return parse_spelling<Session>(s); }
MinutesStatus parse_minutes_status(std::string_view s) { return parse_spelling<MinutesStatus>(s); }
ActionStatus parse_action_status(std::string_view s) { return parse_spelling<ActionStatus>(s); }

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
