#pragma once
// Validation rules for governance documents (North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §2, R3–R9 and R14–R18). Each rule is
// registered (commissioning rules) and has a test that fails without it.
#include <span>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/governance/action_log.hpp"
#include "commissioning/governance/committee.hpp"
#include "commissioning/governance/meeting.hpp"

namespace commissioning::governance {

namespace rules {
inline constexpr Rule meeting_end_after_start{
    "governance.meeting.end-after-start", Severity::Error, "A meeting ends after it starts",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L5: 'Tuesday 3rd July 2018, 10.00pm – 11.45am'; R14"};
inline constexpr Rule meeting_weekday_matches{
    "governance.meeting.weekday-matches", Severity::Warning, "A meeting's stated weekday matches its date",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.0, R14: every weekday the pack writes matches its 2018 date"};
inline constexpr Rule next_meeting_later{
    "governance.meeting.next-meeting-later", Severity::Error, "The next meeting is after this one",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L40, L244; R14"};
inline constexpr Rule committee_known{
    "governance.meeting.committee-known", Severity::Error,
    "Every committee a meeting, member or resolution names is defined in the pack",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.2: a meeting in common keeps each committee's identity (R7)"};
inline constexpr Rule agenda_numbers_unique{
    "governance.agenda.numbers-unique", Severity::Error, "Agenda numbers are unique within an agenda",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §4.1: items 1–9 with sub-items 5.1–8.1"};
inline constexpr Rule agenda_parent_exists{
    "governance.agenda.parent-exists", Severity::Error, "A sub-item (7.1) sits under an item (7) of the same agenda",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.8: hierarchical numbers; section rows such as '7 GP Forward View' (L21)"};
inline constexpr Rule agenda_start_times_increase{
    "governance.agenda.start-times-increase", Severity::Error, "Agenda start times increase down the agenda",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R14; L12–36: 10.00am, 10.05am, 10.15am, 10.55am, 11.25am, 11.35am"};
inline constexpr Rule agenda_start_follows_durations{
    "governance.agenda.start-follows-durations", Severity::Warning,
    "Each start time equals the previous start plus the durations in between, where all are given",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R14; L13–36: '(5 mins)', '(10 mins)', '(15 mins)'"};
inline constexpr Rule agenda_fits_meeting{
    "governance.agenda.fits-meeting", Severity::Error, "Agenda items start and end within the meeting's time",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R14; L5: the 10.00am items of a meeting stated to start at 10.00pm"};
inline constexpr Rule initials_unique{
    "governance.membership.initials-unique", Severity::Error, "Initials are unique within a membership",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R18; §1.0: collisions broken with suffixes (MWo/MWa, LC/LCI)"};
inline constexpr Rule initials_resolve{
    "governance.membership.initials-resolve", Severity::Error,
    "Every presenter, speaker, action owner, chair and declarant resolves to a member",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R18: 'AB' (L244) and the LC/LCI pair (L186) fail"};
inline constexpr Rule attendance_once{
    "governance.attendance.one-per-person", Severity::Error, "Each person has one attendance mark per meeting",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R17"};
inline constexpr Rule grid_has_meeting{
    "governance.attendance.grid-has-meeting", Severity::Warning,
    "The attendance grid printed with a meeting's minutes has a column for that meeting",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R17 (E9): the June minutes' grid (L47) has no 05/06/2018 column; its 03/07/2018 column holds 5 June"};
inline constexpr Rule grid_mark_readable{
    "governance.attendance.grid-mark-readable", Severity::Warning,
    "Every mark in an attendance grid is a known mark, one per column",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.5: OCR noise 'L', 'ш' in the grid (L55, L59, L61)"};
inline constexpr Rule not_in_post{
    "governance.attendance.not-in-post", Severity::Error,
    "Attendance before a person's in-post date is 'not in post'",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R17; L72–73: 'commenced in post June 18' with '-' before June"};
inline constexpr Rule chair_present{
    "governance.meeting.chair-present", Severity::Error, "The chair is a member and is marked present",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R6; L50–51: 'Peter Dartford … (meeting chair)'"};
inline constexpr Rule presenter_present{
    "governance.meeting.presenter-present", Severity::Warning,
    "Everyone minuted as presenting or speaking is marked present",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R17 (E10): LCI presents minute 068 (L181) but is marked X (L67)"};
inline constexpr Rule declaration_item_exists{
    "governance.declaration.item-exists", Severity::Error, "A declaration names an item of the meeting",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R3: interests are declared 'pertaining to the agenda' (L13)"};
inline constexpr Rule quorate{
    "governance.quoracy.quorate", Severity::Warning,
    "Each committee is quorate, per item, after declarations of interest",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R4, L13; minute 064 (L105–109): inquorate for Stoke-on-Trent CCG"};
inline constexpr Rule ratification_flagged{
    "governance.resolution.ratification-flagged", Severity::Error,
    "A resolution of a committee inquorate for that item is flagged for ratification",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R4, R7; L107–109: 'any decisions made during the meeting would require … for Stoke-on-Trent CCG'"};
inline constexpr Rule resolution_per_committee{
    "governance.resolution.one-per-committee", Severity::Warning,
    "A minute with resolutions records one for each committee of the meeting",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R7, L152, L179: each committee's resolution is recorded separately"};
inline constexpr Rule minute_reference_unique{
    "governance.minute.reference-unique", Severity::Error, "Minute references are unique",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R16; '2018/JUN /071' is used twice (L219, L225)"};
inline constexpr Rule minute_reference_month{
    "governance.minute.reference-month", Severity::Error, "A minute reference's year and month are the meeting's",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R16: 'YYYY/MON /NNN' with MON the meeting month"};
inline constexpr Rule minute_reference_increasing{
    "governance.minute.reference-increasing", Severity::Warning, "Minute serials increase through the minutes",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R16: June runs 062–071"};
inline constexpr Rule minute_action_logged{
    "governance.minute.action-logged", Severity::Error,
    "Every ACTION: in the minutes appears in the action log with the same reference and owners",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R9; minutes L162, L178, L186, L246 against the tracker L263–267"};
inline constexpr Rule action_margin_matches{
    "governance.minute.action-margin-matches", Severity::Warning,
    "The owner column of a minuted action names the owners in the action text",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L186: 'ACTION: LCI to present…' with 'LC' in the margin"};
inline constexpr Rule action_on_agenda{
    "governance.action-log.on-agenda", Severity::Error,
    "An action whose outcome is 'item on the agenda' matches an item of the next meeting's agenda",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R9; tracker L263–267 against the 3 July agenda L10–37"};
inline constexpr Rule action_reference_present{
    "governance.action-log.reference-present", Severity::Warning,
    "Every action-log row has its meeting date and minute reference",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L265: a row with blank date and reference"};
inline constexpr Rule action_owner_present{
    "governance.action-log.owner-present", Severity::Error, "Every action has at least one owner",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R9: 'Responsible Officer' column (L262)"};
inline constexpr Rule minutes_lifecycle{
    "governance.minutes.lifecycle", Severity::Error,
    "Approved or signed minutes name the meeting that approved them (and signed ones, who signed)",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R8, L46, L112–113, L252–254"};
inline constexpr Rule quorum_defined{
    "governance.committee.quorum-defined", Severity::Warning,
    "A committee's terms of reference define its quorum",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.7: the pack states no threshold; quoracy cannot be checked without one"};
inline constexpr Rule organisation_alias_unique{
    "governance.organisation.alias-unique", Severity::Error, "An alias names one organisation only",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.1: 'NS', 'North Staffs', 'NHS North Staffordshire CCG' are one body"};
}  // namespace rules

std::span<const Rule* const> governance_rules() noexcept;

// Diagnostic paths are JSON Pointers into the document's JSON; `path` is where the committee
// or log sits in it ("" when it is the document itself, "/action_log" inside a pack).
ValidationReport validate(const MeetingPack& pack);
ValidationReport validate(const Committee& committee, const std::string& path = "");
// An action log on its own (without the meetings it refers to).
ValidationReport validate(const ActionLog& log, const std::string& path = "");

}  // namespace commissioning::governance
