// What validation reports on the real pack (seed 000): the 5 June 2018 meeting in common,
// the 3 July 2018 agenda and the action tracker. The fixture keeps the documents' errors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/governance/quoracy.hpp"
#include "commissioning/governance/rules.hpp"

using namespace commissioning;
using namespace commissioning::governance;
using commissioning::fixtures::june_2018;
using commissioning::fixtures::july_2018;

namespace {
std::vector<std::string> paths(const ValidationReport& r, const Rule& rule) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics())
    if (d.rule_id == rule.id) out.push_back(d.path);
  return out;
}
std::vector<std::string> initials(const std::vector<Initials>& v) {
  std::vector<std::string> out;
  for (const auto& i : v) out.push_back(to_string(i));
  return out;
}
}  // namespace

TEST_CASE("the 5 June 2018 grid: 31 people, marks read as the grid writes them") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto& june = pack.meetings[june_2018];
  CHECK(pack.members.size() == 31u);  // §4.2
  CHECK(june.attendance.size() == 31u);
  CHECK(june.in_common());
  std::map<AttendanceStatus, int> by_status;
  for (const auto& a : june.attendance) ++by_status[a.status];
  CHECK(by_status[AttendanceStatus::Present] == 21);
  CHECK(by_status[AttendanceStatus::Absent] == 10);
  CHECK(june.attendance_of(Initials{"NMcF"})->mark == "Х");  // Cyrillic, L53
  CHECK(june.attendance_of(Initials{"SJ"})->status == AttendanceStatus::Present);
}

TEST_CASE("the printed grid: seven date columns, the third holding 5 June") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto& june = pack.meetings[june_2018];
  REQUIRE(june.attendance_grid);
  const auto& g = *june.attendance_grid;
  CHECK(g.columns.size() == 7u);
  CHECK(g.columns[2] == Date(2018, 7, 3));
  CHECK_FALSE(g.has_column(june.date.date));
  REQUIRE(g.rows.size() == 31u);
  // The column headed 03/07/2018 and the meeting's attendance agree, but for TC's shifted row.
  for (const auto& row : g.rows) {
    INFO(to_string(row.person));
    if (row.person == Initials{"TC"}) {
      CHECK(row.quoracy == "1");
      CHECK(row.marks[2].empty());
      continue;
    }
    CHECK(parse_attendance_mark(row.marks[2]) == june.attendance_of(row.person)->status);
  }
}

TEST_CASE("each committee's voting members: its three lay members and the five shared officers") {
  const auto pack = fixtures::pccc_pack_2018();
  auto names = [&](const char* c) {
    std::vector<std::string> out;
    for (const auto* m : pack.voting_members(c)) out.push_back(to_string(m->initials));
    return out;
  };
  CHECK(names("ns-pccc") == std::vector<std::string>{"PD", "ME", "NMcF", "LC", "AM", "MWa", "LM", "MS"});
  CHECK(names("sot-pccc") == std::vector<std::string>{"TB", "JH", "MWo", "LC", "AM", "MWa", "LM", "MS"});
  CHECK(pack.committees[0].terms_of_reference.voting_membership.size() == 6u);
}

TEST_CASE("quoracy on 5 June 2018: North Staffordshire quorate, Stoke-on-Trent not") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto q = evaluate_quoracy(pack, pack.meetings[june_2018]);
  REQUIRE(q.size() == 2u);
  CHECK(q[0].committee == "ns-pccc");
  CHECK(q[0].meeting.quorate);
  // PD and ME of the three NS lay members (NMcF absent), the three joint officers, LM and MS.
  CHECK(initials(q[0].meeting.counted) == std::vector<std::string>{"PD", "ME", "LC", "AM", "MWa", "LM", "MS"});
  CHECK(q[1].committee == "sot-pccc");
  CHECK_FALSE(q[1].meeting.quorate);
  CHECK(initials(q[1].meeting.counted) == std::vector<std::string>{"TB", "LC", "AM", "MWa", "LM", "MS"});
  CHECK(q[1].meeting.shortfalls == std::vector<std::string>{"1 lay member counted, 2 required"});
  // Items come from the minutes (the June agenda is not in the pack): 1 … 9.
  CHECK(q[1].items.size() == 11u);
}

TEST_CASE("a declaration on an item of the real meeting changes that item's quorum") {
  auto pack = fixtures::pccc_pack_2018();
  auto& june = pack.meetings[june_2018];
  // Hypothetical: had PD declared a pecuniary interest in 6.1, NS would have one lay member.
  june.declarations.push_back({Initials{"PD"}, AgendaNumber{"6.1"}, InterestKind::Pecuniary, "hypothetical",
                               DeclarationOutcome::ExcludedFromItem, false});
  const auto q = evaluate_quoracy(pack, june);
  CHECK(q[0].quorate_for(AgendaNumber{"6.2"}));
  CHECK_FALSE(q[0].quorate_for(AgendaNumber{"6.1"}));
  const auto r = validate(pack);
  const auto flagged = paths(r, rules::ratification_flagged);
  CHECK(flagged.size() == 6u);  // Stoke-on-Trent's five, and North Staffordshire's for 6.1
  CHECK(std::count(flagged.begin(), flagged.end(), "/meetings/0/minutes/5/resolutions/0") == 1);
}

TEST_CASE("the seed pack's findings, as a committee secretary would read them") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto r = validate(pack);
  for (const auto& d : r.diagnostics()) UNSCOPED_INFO(to_string(d));

  // 3 July: "10.00pm – 11.45am" (L5).
  CHECK(paths(r, rules::meeting_end_after_start) == std::vector<std::string>{"/meetings/1/time"});
  // Minute 064: Stoke-on-Trent CCG inquorate; its five resolutions (066–070) need ratification.
  CHECK(paths(r, rules::quorate) == std::vector<std::string>{"/meetings/0/committees/1"});
  CHECK(paths(r, rules::ratification_flagged) ==
        std::vector<std::string>{"/meetings/0/minutes/4/resolutions/1",
                                 "/meetings/0/minutes/5/resolutions/1",
                                 "/meetings/0/minutes/6/resolutions/1",
                                 "/meetings/0/minutes/7/resolutions/1",
                                 "/meetings/0/minutes/8/resolutions/1"});
  // L244: the next meeting's chair "AB" is nobody in the membership.
  CHECK(paths(r, rules::initials_resolve) == std::vector<std::string>{"/meetings/0/next_meeting/chair"});
  // L181 vs L67: LCI presents minute 068 but is marked X.
  CHECK(paths(r, rules::presenter_present) == std::vector<std::string>{"/meetings/0/minutes/6/presenters/0"});
  // L186: "ACTION: LCI …" with LC in the margin.
  CHECK(paths(r, rules::action_margin_matches) == std::vector<std::string>{"/meetings/0/minutes/6/actions/0/margin"});
  // L219 and L225: /071 twice.
  CHECK(paths(r, rules::minute_reference_unique) == std::vector<std::string>{"/meetings/0/minutes/10/reference"});
  // L265: the BMJ action has no date or reference in the tracker, so minute 067's second
  // action is not found under 2018/JUN /067.
  CHECK(paths(r, rules::action_reference_present) == std::vector<std::string>{"/action_log/actions/2"});
  CHECK(paths(r, rules::minute_action_logged) == std::vector<std::string>{"/meetings/0/minutes/5/actions/1"});
  // L263: the May action is still "Item on the agenda." with nothing on the July agenda.
  CHECK(paths(r, rules::action_on_agenda) == std::vector<std::string>{"/action_log/actions/0"});
  // L47: the grid printed with the June minutes has no column for 5 June (E9)…
  CHECK(paths(r, rules::grid_has_meeting) == std::vector<std::string>{"/meetings/0/attendance_grid/columns"});
  // …and OCR noise in its empty later columns: TB "L" (L55), LC "L" (L59), MWa "ш" (L61).
  CHECK(paths(r, rules::grid_mark_readable) ==
        std::vector<std::string>{"/meetings/0/attendance_grid/rows/3/marks/6", "/meetings/0/attendance_grid/rows/6/marks/6",
                                 "/meetings/0/attendance_grid/rows/8/marks/5"});
  // SJ and MM "commenced in post June 18" are "-" in April and May (L72–73): no finding.
  CHECK(paths(r, rules::not_in_post).empty());
  CHECK(r.size() == 18u);
  CHECK(r.count(Severity::Error) == 10u);
  CHECK(r.count(Severity::Warning) == 8u);
}

TEST_CASE("the July agenda's times are consistent once the 10.00pm start is read as 10.00am") {
  auto pack = fixtures::pccc_pack_2018();
  auto& july = pack.meetings[july_2018];
  july.time = parse_time_range("10.00am – 11.45am");
  const auto r = validate(pack);
  CHECK(r.count(rules::meeting_end_after_start.id) == 0u);
  CHECK(r.count(rules::agenda_fits_meeting.id) == 0u);
  CHECK(r.count(rules::agenda_start_follows_durations.id) == 0u);
  CHECK(r.count(rules::agenda_start_times_increase.id) == 0u);
  // …and a wrong duration would be seen: 8.1 "(10 mins)" from 11.25am leads to 9 at 11.35am.
  july.agenda[15].duration_minutes = 15u;
  CHECK(validate(pack).count(rules::agenda_start_follows_durations.id) == 1u);
}

TEST_CASE("the tracker's owners and outcomes") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto& log = *pack.action_log;
  REQUIRE(log.actions.size() == 5u);  // L263–267
  CHECK(initials(log.actions[1].owners) == std::vector<std::string>{"LM", "MM"});
  CHECK(log.actions[3].status == ActionStatus::Deferred);  // "Item to be presented to the August Committees"
  CHECK(std::count_if(log.actions.begin(), log.actions.end(), [](const Action& a) { return a.status == ActionStatus::OnAgenda; }) == 4);
}
