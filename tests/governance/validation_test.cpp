// Each governance rule, on a small pack that is clean until one thing is broken.
#include <catch2/catch.hpp>

#include "commissioning/governance/quoracy.hpp"
#include "commissioning/governance/rules.hpp"
#include "commissioning/rules.hpp"

using namespace commissioning;
using namespace commissioning::governance;

namespace {

Member person(const char* initials, const char* name, MemberCategory cat, std::vector<std::string> committees) {
  Member m;
  m.initials = Initials{initials};
  m.name = parse_person_name(name);
  m.category = cat;
  m.voting = !committees.empty();
  m.committees = std::move(committees);
  return m;
}

AgendaItem agenda_item(const char* n, const char* title, const char* presenter, const char* start,
                       std::optional<unsigned> mins) {
  AgendaItem a;
  a.number = AgendaNumber{n};
  a.title = title;
  if (*presenter) a.presenter = Initials{presenter};
  if (*start) a.start = parse_time(start);
  a.duration_minutes = mins;
  return a;
}

// Two committees meeting in common, each quorate with its lay member and the joint officer.
MeetingPack clean_pack() {
  MeetingPack p;
  p.title = "test pack";
  p.organisations = {{"a-ccg", "Alpha CCG", OrganisationKind::Ccg, {"Alpha"}, std::nullopt},
                     {"b-ccg", "Beta CCG", OrganisationKind::Ccg, {"Beta"}, std::nullopt}};
  TermsOfReference tor;
  tor.quorum = QuorumRule{2, {{MemberCategory::Lay, 1}}, false};
  p.committees = {{"a-pccc", "Alpha PCCC", "a-ccg", tor}, {"b-pccc", "Beta PCCC", "b-ccg", tor}};
  p.members = {person("AL", "Ann Lay", MemberCategory::Lay, {"a-pccc"}),
               person("BL", "Bob Lay", MemberCategory::Lay, {"b-pccc"}),
               person("OF", "Olive Officer", MemberCategory::Officer, {"a-pccc", "b-pccc"}),
               person("XY", "Xavier Young", MemberCategory::Attendee, {})};

  Meeting june;
  june.title = "Meeting in common";
  june.committees = {"a-pccc", "b-pccc"};
  june.date = parse_written_date("Tuesday 5 June 2018");
  june.time = parse_time_range("10.00am – 11.30am");
  june.venue = Venue{"One Smithfield, Hanley", Postcode{"ST1 4FA"}};
  june.chair = Initials{"AL"};
  june.minutes_record = MinutesRecord{};
  for (const char* i : {"AL", "BL", "OF", "XY"}) june.attendance.push_back(attendance_from_mark(Initials{i}, "1"));
  june.agenda = {agenda_item("1", "Welcome", "AL", "10.00am", 10u), agenda_item("2", "Finance", "", "10.10am", std::nullopt),
                 agenda_item("2.1", "Budget", "OF", "", 15u), agenda_item("3", "Any other business", "XY", "10.25am", 5u)};
  Minute m1;
  m1.reference = parse_minute_reference("2018/JUN /001");
  m1.item = AgendaNumber{"1"};
  m1.presenters = {Initials{"AL"}};
  Minute m2;
  m2.reference = parse_minute_reference("2018/JUN /002");
  m2.item = AgendaNumber{"2.1"};
  m2.presenters = {Initials{"OF"}};
  m2.speakers = {Initials{"XY"}};
  m2.resolutions = {{"a-pccc", {ResolutionVerb::Approved}, "the budget", false},
                    {"b-pccc", {ResolutionVerb::Approved}, "the budget", false}};
  m2.actions = {{{Initials{"OF"}}, "to bring the budget back in July", "OF"}};
  june.minutes = {m1, m2};
  june.next_meeting = NextMeeting{parse_written_date("Tuesday 3 July 2018"), parse_time("10.00am"), "Bridge Centre",
                                  Initials{"AL"}};

  Meeting july;
  july.title = "Meeting in common";
  july.committees = {"a-pccc", "b-pccc"};
  july.date = parse_written_date("Tuesday 3 July 2018");
  july.time = parse_time_range("10.00am – 11.00am");
  july.agenda = {agenda_item("1", "Budget (action 2018/JUN /002)", "OF", "10.00am", 10u)};
  p.meetings = {june, july};

  ActionLog log;
  log.title = "Action tracker";
  log.presented_at = Date(2018, 7, 3);
  Action a;
  a.meeting_date = Date(2018, 6, 5);
  a.reference = parse_minute_reference("2018/JUN /002");
  a.text = "OF to bring the budget back in July";
  a.owners = {Initials{"OF"}};
  a.outcome = "Item on the agenda";
  a.status = ActionStatus::OnAgenda;
  a.next_agenda_item = AgendaNumber{"1"};
  log.actions = {a};
  p.action_log = log;
  return p;
}

// The diagnostics of one rule, after checking that nothing else fired.
std::vector<Diagnostic> only(const ValidationReport& r, const Rule& rule) {
  std::vector<Diagnostic> hits;
  for (const auto& d : r.diagnostics()) {
    INFO(to_string(d));
    if (d.rule_id == rule.id) hits.push_back(d);
  }
  for (const auto& d : r.diagnostics()) UNSCOPED_INFO(to_string(d));
  CHECK(hits.size() == r.size());
  return hits;
}

Meeting& june(MeetingPack& p) { return p.meetings[0]; }

}  // namespace

TEST_CASE("the small pack is clean") {
  const auto r = validate(clean_pack());
  for (const auto& d : r.diagnostics()) UNSCOPED_INFO(to_string(d));
  CHECK(r.empty());
}

TEST_CASE("every governance rule is registered") {
  for (const Rule* rule : governance_rules()) {
    INFO(rule->id);
    CHECK(find_rule(rule->id) == rule);
    CHECK(rule->id.substr(0, 11) == "governance.");
  }
  CHECK(governance_rules().size() == 32u);
}

TEST_CASE("rule: a meeting ends after it starts") {
  auto p = clean_pack();
  p.meetings[1].time = parse_time_range("10.00pm – 11.45am");  // seed 000 L5
  const auto hits = only(validate(p), rules::meeting_end_after_start);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/1/time");
  CHECK_THAT(hits[0].message, Catch::Contains("10.00pm"));
}

TEST_CASE("rule: the stated weekday matches the date") {
  auto p = clean_pack();
  june(p).date = parse_written_date("Monday 5 June 2018");
  const auto hits = only(validate(p), rules::meeting_weekday_matches);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/date");
}

TEST_CASE("rule: the next meeting is later") {
  auto p = clean_pack();
  june(p).next_meeting->date = parse_written_date("Tuesday 1 May 2018");
  const auto hits = only(validate(p), rules::next_meeting_later);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/next_meeting/date");
}

TEST_CASE("rule: committees named are defined") {
  auto p = clean_pack();
  june(p).committees.push_back("c-pccc");
  const auto hits = only(validate(p), rules::committee_known);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/committees/2");
}

TEST_CASE("rule: agenda numbers are unique") {
  auto p = clean_pack();
  june(p).agenda.push_back(agenda_item("3", "Again", "", "", std::nullopt));
  const auto hits = only(validate(p), rules::agenda_numbers_unique);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/agenda/4/number");
}

TEST_CASE("rule: a sub-item sits under an item of the agenda") {
  auto p = clean_pack();
  june(p).agenda.push_back(agenda_item("4.1", "Orphan", "", "", std::nullopt));
  const auto hits = only(validate(p), rules::agenda_parent_exists);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/agenda/4/number");
  CHECK_THAT(hits[0].message, Catch::Contains("item 4, which is not on the agenda"));
}

TEST_CASE("rule: agenda start times increase") {
  auto p = clean_pack();
  june(p).agenda[3].start = parse_time("10.05am");
  const auto hits = only(validate(p), rules::agenda_start_times_increase);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/agenda/3/start");
}

TEST_CASE("rule: each start is the previous start plus the durations between") {
  auto p = clean_pack();
  june(p).agenda[2].duration_minutes = 20u;  // 10.10 + 20 = 10.30, but item 3 starts 10.25
  const auto hits = only(validate(p), rules::agenda_start_follows_durations);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/agenda/3/start");
  CHECK_THAT(hits[0].message, Catch::Contains("10.30am"));
  SECTION("no check when an item in between has no duration") {
    june(p).agenda[2].duration_minutes.reset();
    CHECK(validate(p).empty());
  }
}

TEST_CASE("rule: items fit the meeting's window") {
  auto p = clean_pack();
  june(p).time = parse_time_range("10.05am – 10.28am");
  const auto hits = only(validate(p), rules::agenda_fits_meeting);
  REQUIRE(hits.size() == 2u);
  CHECK(hits[0].path == "/meetings/0/agenda/0/start");          // 10.00am, before the start
  CHECK(hits[1].path == "/meetings/0/agenda/3/duration_minutes");  // 10.25 + 5 runs past 10.28
}

TEST_CASE("rule: initials are unique within a membership") {
  auto p = clean_pack();
  p.members.push_back(person("AL", "Alan Long", MemberCategory::Attendee, {}));
  const auto hits = only(validate(p), rules::initials_unique);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/members/4/initials");
  CHECK_THAT(hits[0].message, Catch::Contains("Ann Lay"));
}

TEST_CASE("rule: presenters, speakers, owners, chairs and declarants resolve to members") {
  auto p = clean_pack();
  june(p).next_meeting->chair = Initials{"AB"};  // seed 000 L244
  june(p).minutes[1].speakers.push_back(Initials{"NIA"});
  p.action_log->actions[0].owners.push_back(Initials{"ZZ"});
  june(p).minutes[1].actions[0].owners.push_back(Initials{"ZZ"});
  june(p).minutes[1].actions[0].margin = "OF/ZZ";
  const auto r = validate(p);
  std::vector<std::string> paths;
  for (const auto& d : r.diagnostics())
    if (d.rule_id == rules::initials_resolve.id) paths.push_back(d.path);
  CHECK(paths == std::vector<std::string>{"/meetings/0/next_meeting/chair", "/meetings/0/minutes/1/speakers/1",
                                          "/meetings/0/minutes/1/actions/0/owners/1", "/action_log/actions/0/owners/1"});
  CHECK(r.size() == paths.size());
}

TEST_CASE("rule: one attendance mark per person") {
  auto p = clean_pack();
  june(p).attendance.push_back(attendance_from_mark(Initials{"XY"}, "X"));
  const auto hits = only(validate(p), rules::attendance_once);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/attendance/4");
}

TEST_CASE("rule: attendance before coming into post is 'not in post'") {
  auto p = clean_pack();
  p.members.push_back(person("SJ", "Sarah Jeffery", MemberCategory::Attendee, {}));
  p.members.back().in_post_from = Date(2018, 6, 18);
  june(p).attendance.push_back(attendance_from_mark(Initials{"SJ"}, "1"));
  const auto hits = only(validate(p), rules::not_in_post);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/attendance/4/status");
  june(p).attendance[4] = attendance_from_mark(Initials{"SJ"}, "-");  // as the grid marks SJ before June (L72)
  CHECK(validate(p).empty());
}

TEST_CASE("rule: the chair is a member and present") {
  auto p = clean_pack();
  p.members.push_back(person("CH", "Chris Hall", MemberCategory::Attendee, {}));
  june(p).attendance.push_back(attendance_from_mark(Initials{"CH"}, "X"));
  june(p).chair = Initials{"CH"};
  const auto hits = only(validate(p), rules::chair_present);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/chair");
}

TEST_CASE("rule: presenters and speakers are marked present") {
  auto p = clean_pack();
  june(p).attendance[3] = attendance_from_mark(Initials{"XY"}, "X");  // presents item 3, speaks on minute 002
  const auto hits = only(validate(p), rules::presenter_present);
  REQUIRE(hits.size() == 2u);
  CHECK(hits[0].path == "/meetings/0/agenda/3/presenter");
  CHECK(hits[1].path == "/meetings/0/minutes/1/speakers/0");
}

TEST_CASE("rule: a declaration names an item of the meeting") {
  auto p = clean_pack();
  june(p).declarations.push_back({Initials{"XY"}, AgendaNumber{"9"}, InterestKind::Pecuniary, "GP partner", {}, true});
  const auto hits = only(validate(p), rules::declaration_item_exists);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/declarations/0/item");
}

TEST_CASE("rule: quoracy per committee, per item, after declarations") {
  auto p = clean_pack();
  SECTION("a committee without its lay member is inquorate, and its resolutions need ratification") {
    june(p).attendance[1] = attendance_from_mark(Initials{"BL"}, "Х");
    const auto r = validate(p);
    REQUIRE(r.count(rules::quorate.id) == 1u);
    CHECK(r.diagnostics()[0].path == "/meetings/0/committees/1");
    CHECK_THAT(r.diagnostics()[0].message, Catch::Contains("Beta PCCC is inquorate"));
    REQUIRE(r.count(rules::ratification_flagged.id) == 1u);
    CHECK(r.diagnostics()[1].path == "/meetings/0/minutes/1/resolutions/1");
    CHECK(r.size() == 2u);
    june(p).minutes[1].resolutions[1].ratification_required = true;
    CHECK(validate(p).count(rules::ratification_flagged.id) == 0u);
  }
  SECTION("a declaration on an item removes the declarant from that item's quorum only") {
    june(p).declarations.push_back(
        {Initials{"OF"}, AgendaNumber{"2"}, InterestKind::Pecuniary, "director of a bidder", DeclarationOutcome::ExcludedFromItem, true});
    const auto q = evaluate_quoracy(p, june(p));
    REQUIRE(q.size() == 2u);
    CHECK(q[0].meeting.quorate);
    CHECK_FALSE(q[0].quorate_for(AgendaNumber{"2.1"}));  // a declaration on 2 covers 2.1
    CHECK(q[0].quorate_for(AgendaNumber{"1"}));
    const auto r = validate(p);
    CHECK(r.count(rules::quorate.id) == 4u);  // both committees, items 2 and 2.1
    CHECK(r.count(rules::ratification_flagged.id) == 2u);
    SECTION("unless the exclusion is waived") {
      june(p).declarations[0].outcome = DeclarationOutcome::Waived;
      CHECK(validate(p).empty());
    }
    SECTION("or the terms of reference let conflicted members count") {
      for (auto& c : p.committees) c.terms_of_reference.quorum.conflicted_members_count = true;
      CHECK(validate(p).empty());
    }
  }
}

TEST_CASE("rule: a minute with resolutions records one per committee") {
  auto p = clean_pack();
  june(p).minutes[1].resolutions.pop_back();
  const auto hits = only(validate(p), rules::resolution_per_committee);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/minutes/1/resolutions");
}

TEST_CASE("rule: minute references are unique") {
  auto p = clean_pack();
  june(p).minutes[1].reference = june(p).minutes[0].reference;
  p.action_log->actions[0].reference = june(p).minutes[0].reference;
  const auto hits = only(validate(p), rules::minute_reference_unique);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/minutes/1/reference");
}

TEST_CASE("rule: minute references match the meeting's month") {
  auto p = clean_pack();
  june(p).minutes[1].reference = parse_minute_reference("2018/JUL /002");
  p.action_log->actions[0].reference = june(p).minutes[1].reference;
  const auto hits = only(validate(p), rules::minute_reference_month);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/minutes/1/reference");
}

TEST_CASE("rule: minute serials increase") {
  auto p = clean_pack();
  june(p).minutes[0].reference = parse_minute_reference("2018/JUN /003");
  const auto hits = only(validate(p), rules::minute_reference_increasing);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/minutes/1/reference");
}

TEST_CASE("rule: every ACTION: is in the log with the same reference and owners") {
  auto p = clean_pack();
  SECTION("a different reference") {
    p.action_log->actions[0].reference = parse_minute_reference("2018/JUN /001");
  }
  SECTION("different owners") {
    p.action_log->actions[0].owners = {Initials{"AL"}};
  }
  const auto hits = only(validate(p), rules::minute_action_logged);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/minutes/1/actions/0");
}

TEST_CASE("rule: the owner column names the action's owners") {
  auto p = clean_pack();
  june(p).minutes[1].actions[0].margin = "AL";
  const auto hits = only(validate(p), rules::action_margin_matches);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/minutes/1/actions/0/margin");
}

TEST_CASE("rule: 'item on the agenda' matches an item of the next meeting's agenda") {
  auto p = clean_pack();
  std::string expected;
  SECTION("no item given: the action is the nearest node its JSON has") {
    p.action_log->actions[0].next_agenda_item.reset();
    expected = "/action_log/actions/0";
  }
  SECTION("an item the agenda does not have") {
    p.action_log->actions[0].next_agenda_item = AgendaNumber{"5"};
    expected = "/action_log/actions/0/next_agenda_item";
  }
  const auto hits = only(validate(p), rules::action_on_agenda);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == expected);
}

TEST_CASE("rule: action-log rows carry their date and reference") {
  auto p = clean_pack();
  p.action_log->actions.push_back(p.action_log->actions[0]);
  p.action_log->actions[1].reference.reset();  // as seed 000 L265
  const auto hits = only(validate(p), rules::action_reference_present);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/action_log/actions/1");  // the missing reference has no node of its own
}

TEST_CASE("rule: every action has an owner") {
  ActionLog log;
  log.actions.push_back(Action{});
  log.actions[0].reference = parse_minute_reference("2018/JUN /002");
  log.actions[0].meeting_date = Date(2018, 6, 5);
  const auto hits = only(validate(log), rules::action_owner_present);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/actions/0/owners");  // the log is the document here
}

TEST_CASE("rule: approved minutes name the approving meeting") {
  auto p = clean_pack();
  june(p).minutes_record->status = MinutesStatus::Approved;
  auto hits = only(validate(p), rules::minutes_lifecycle);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/minutes_record");  // approved_at is missing: its record is the nearest node
  june(p).minutes_record->approved_at = Date(2018, 7, 3);
  CHECK(validate(p).empty());
  june(p).minutes_record->status = MinutesStatus::Signed;
  hits = only(validate(p), rules::minutes_lifecycle);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/minutes_record");
}

TEST_CASE("rule: a committee defines its quorum") {
  auto p = clean_pack();
  p.committees[1].terms_of_reference.quorum = QuorumRule{};
  const auto hits = only(validate(p), rules::quorum_defined);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/committees/1/terms_of_reference/quorum");
  CHECK(validate(p.committees[1], "committee").size() == 1u);
}

TEST_CASE("rule: an alias names one organisation") {
  auto p = clean_pack();
  p.organisations[1].aliases.push_back("alpha");
  const auto hits = only(validate(p), rules::organisation_alias_unique);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/organisations/0/aliases/0");
}

namespace {
MeetingPack with_grid() {
  auto p = clean_pack();
  AttendanceGrid g;
  g.columns = {Date(2018, 5, 1), Date(2018, 6, 5)};
  g.rows = {{Initials{"AL"}, "", {"1", "✓"}}, {Initials{"XY"}, "", {"-", "1"}}};
  june(p).attendance_grid = g;
  return p;
}
}  // namespace

TEST_CASE("rule: the grid printed with the minutes has the meeting's column") {
  auto p = with_grid();
  CHECK(validate(p).empty());
  june(p).attendance_grid->columns[1] = Date(2018, 7, 3);  // as seed 000 L47 heads it
  const auto hits = only(validate(p), rules::grid_has_meeting);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/attendance_grid/columns");
}

TEST_CASE("rule: grid marks are readable, one per column") {
  auto p = with_grid();
  june(p).attendance_grid->rows[0].marks[0] = "ш";  // seed 000 L61
  june(p).attendance_grid->rows[1].marks.push_back("");
  const auto hits = only(validate(p), rules::grid_mark_readable);
  REQUIRE(hits.size() == 2u);
  CHECK(hits[0].path == "/meetings/0/attendance_grid/rows/0/marks/0");
  CHECK(hits[1].path == "/meetings/0/attendance_grid/rows/1/marks");
}

TEST_CASE("rule: grid marks before a person's in-post date are '-'") {
  auto p = with_grid();
  p.members[3].in_post_from = Date(2018, 6, 1);
  CHECK(validate(p).empty());
  june(p).attendance_grid->rows[1].marks[0] = "1";
  const auto hits = only(validate(p), rules::not_in_post);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/attendance_grid/rows/1/marks/0");
}

TEST_CASE("rule: one grid row per person") {
  auto p = with_grid();
  june(p).attendance_grid->rows.push_back(june(p).attendance_grid->rows[0]);
  const auto hits = only(validate(p), rules::attendance_once);
  REQUIRE(hits.size() == 1u);
  CHECK(hits[0].path == "/meetings/0/attendance_grid/rows/2");
}
