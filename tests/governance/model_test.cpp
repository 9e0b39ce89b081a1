// The governance vocabulary: how the seed documents write things, and what is refused.
#include <catch2/catch.hpp>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/time_of_day.hpp"
#include "commissioning/governance/action_log.hpp"
#include "commissioning/governance/agenda.hpp"
#include "commissioning/governance/attendance.hpp"
#include "commissioning/governance/meeting.hpp"
#include "commissioning/governance/minute.hpp"
#include "commissioning/governance/organisation.hpp"
#include "commissioning/governance/quorum_rule.hpp"

using namespace commissioning;
using namespace commissioning::governance;

TEST_CASE("the attendance grid's marks map onto present, absent and not in post") {
  // Seed 000 L50–89 (§1.5): present 1 / ✓ √, absent X Х х (Latin and Cyrillic), not in post -.
  for (const char* m : {"1", "/", "✓", "√", "<b>✓</b>", "<b>/</b>", " 1 "}) {
    INFO(m);
    CHECK(parse_attendance_mark(m) == AttendanceStatus::Present);
  }
  for (const char* m : {"X", "Х", "х"}) {
    INFO(m);
    CHECK(parse_attendance_mark(m) == AttendanceStatus::Absent);
  }
  CHECK(parse_attendance_mark("-") == AttendanceStatus::NotInPost);
  SECTION("blank cells and OCR noise are refused, not guessed") {
    for (const char* m : {"", "<b> </b>", "L", "I", "ш", "x?"}) {
      INFO(m);
      CHECK_THROWS_AS(parse_attendance_mark(m), ParseError);
    }
  }
  const auto a = attendance_from_mark(Initials{"NMcF"}, "Х");
  CHECK(a.status == AttendanceStatus::Absent);
  CHECK(a.mark == "Х");
}

TEST_CASE("minute references are parsed into year, month and serial") {
  const auto r = parse_minute_reference("2018/JUN /062");
  CHECK(r.year() == 2018);
  CHECK(r.month() == 6u);
  CHECK(r.serial() == 62u);
  CHECK(to_string(r) == "2018/JUN /062");
  CHECK(parse_minute_reference("2018/JUN/062") == r);
  CHECK(parse_minute_reference("2018/JUN\n/062") == r);  // split over two cells, as the minutes print it
  CHECK(parse_minute_reference("2018/MAY /058") < r);
  SECTION("a misspelt month is refused at its position") {
    try {
      (void)parse_minute_reference("2018/JUX /062");
      FAIL("accepted 2018/JUX /062");
    } catch (const ParseError& e) {
      CHECK(e.position() == 5u);
      CHECK_THAT(e.reason(), Catch::Contains("unknown month \"JUX\""));
    }
  }
  for (const char* bad : {"", "18/JUN /062", "2018 JUN 062", "2018/JUN /", "2018/JUN /062a", "2018/JUN /000"}) {
    INFO(bad);
    CHECK_THROWS_AS(parse_minute_reference(bad), ParseError);
  }
  CHECK_THROWS_AS(MinuteReference(2018, 13, 1), std::invalid_argument);
}

TEST_CASE("agenda numbers are hierarchical") {
  const AgendaNumber n{"7.1"};
  CHECK(n.depth() == 2u);
  CHECK(n.parent() == AgendaNumber{"7"});
  CHECK(AgendaNumber{"7"}.is_ancestor_of(n));
  CHECK_FALSE(n.is_ancestor_of(AgendaNumber{"7"}));
  CHECK(AgendaNumber{"6.3"} < AgendaNumber{"7"});
  CHECK(AgendaNumber{"7"} < AgendaNumber{"7.1"});
  CHECK(AgendaNumber{"10"} > AgendaNumber{"9"});
  CHECK(to_string(AgendaNumber{"8.1"}) == "8.1");
  for (const char* bad : {"", "7..1", "a", "0", "7.0", "1.2.3.4.5", "100"}) {
    INFO(bad);
    CHECK_THROWS_AS(AgendaNumber{bad}, ParseError);
  }
}

TEST_CASE("purposes combine in the order written") {
  CHECK(parse_purposes("To Note / Decision") == std::vector<Purpose>{Purpose::ToNote, Purpose::Decision});
  CHECK(to_string(parse_purposes("To Note / Decision")) == "To Note / Decision");
  CHECK(parse_purposes("For assurance/For Information") == std::vector<Purpose>{Purpose::Assurance, Purpose::Information});
  CHECK(parse_purposes("Approval") == std::vector<Purpose>{Purpose::Approval});
  SECTION("unknown spellings are refused and the expected ones listed") {
    try {
      (void)parse_purposes("To Note / Decisoin");
      FAIL("accepted a misspelt purpose");
    } catch (const ParseError& e) {
      CHECK(e.position() == 10u);
      CHECK_THAT(e.reason(), Catch::Contains("Decision") && Catch::Contains("To Note"));
    }
  }
  CHECK_THROWS_AS(parse_purposes(""), ParseError);
  CHECK_THROWS_AS(parse_purposes("Decision / Decision"), ParseError);
}

TEST_CASE("papers are enclosures with numbers, or verbal, updates, tables, presentations") {
  CHECK(parse_paper_ref("Enc. 6.1") == PaperRef{PaperKind::Enclosure, "6.1"});
  CHECK(parse_paper_ref("Enclosure: 7.2") == PaperRef{PaperKind::Enclosure, "7.2"});
  CHECK(parse_paper_ref("Verbal").kind == PaperKind::Verbal);
  CHECK(parse_paper_ref("Update").kind == PaperKind::Update);
  CHECK(to_string(PaperRef{PaperKind::Enclosure, "4.1"}) == "Enc. 4.1");
  CHECK_THROWS_AS(parse_paper_ref("Enc."), ParseError);
  CHECK_THROWS_AS(parse_paper_ref("Eliciosure. 0.2"), ParseError);  // OCR of "Enclosure: 6.2" (L533)
}

TEST_CASE("enumerations refuse unknown spellings with the list they expected") {
  CHECK(parse_attendance_status("not in post") == AttendanceStatus::NotInPost);
  CHECK(parse_session("Held in Public") == Session::Public);
  CHECK(parse_minutes_status("Unconfirmed Minutes") == MinutesStatus::Unconfirmed);
  CHECK(parse_impact_assessment("N/A") == ImpactAssessment::NotApplicable);
  CHECK(parse_resolution_verb("received") == ResolutionVerb::Received);
  try {
    (void)parse_attendance_status("presnet");
    FAIL("accepted presnet");
  } catch (const ParseError& e) {
    CHECK_THAT(e.reason(), Catch::Contains("present, absent, apologies, not-in-post"));
  }
  CHECK_THROWS_AS(parse_member_category("voting"), ParseError);
  CHECK_THROWS_AS(parse_declaration_outcome("maybe"), ParseError);
}

TEST_CASE("times are read as agendas write them, and impossible ones refused") {
  CHECK(parse_time("10.00am") == TimeOfDay(10, 0));
  CHECK_THROWS_AS(parse_time("25.00am"), ParseError);
  CHECK_FALSE(parse_time_range("10.00pm – 11.45am").ends_after_start());  // seed 000 L5: representable, reported by validation
}

TEST_CASE("owners are initials separated by slashes") {
  CHECK(parse_owners("LM/ MM") == std::vector<Initials>{Initials{"LM"}, Initials{"MM"}});
  CHECK(parse_owners("NA") == std::vector<Initials>{Initials{"NA"}});
  CHECK_THROWS_AS(parse_owners("LM/"), ParseError);
  CHECK_THROWS_AS(parse_owners("Lynn Millar"), ParseError);
}

TEST_CASE("tracker outcomes read as a status") {
  CHECK(status_from_outcome("Item on the agenda.") == ActionStatus::OnAgenda);
  CHECK(status_from_outcome("Item to be presented to the August Committees") == ActionStatus::Deferred);
  CHECK(status_from_outcome("Complete") == ActionStatus::Complete);
  CHECK(status_from_outcome("Paper drafted") == ActionStatus::Open);
}

TEST_CASE("postcodes are checked and normalised") {
  CHECK(Postcode{"st14fa"}.str() == "ST1 4FA");
  CHECK(Postcode{"ST2 8DD"}.str() == "ST2 8DD");
  CHECK(Postcode{"SW1A 1AA"}.str() == "SW1A 1AA");
  for (const char* bad : {"", "ST1", "ST1 4F", "1ST 4FA", "STX 4FA", "ST1 AFA"}) {
    INFO(bad);
    CHECK_THROWS_AS(Postcode{bad}, ParseError);
  }
}

TEST_CASE("an organisation is known by its aliases") {
  const Organisation ns{"ns-ccg", "North Staffordshire Clinical Commissioning Group", OrganisationKind::Ccg,
                        {"North Staffs", "NS", "NHS North Staffordshire CCG"}, std::nullopt};
  CHECK(ns.is_known_as("North Staffs"));
  CHECK(ns.is_known_as("nhs north staffordshire ccg"));
  CHECK(ns.is_known_as("North  Staffordshire Clinical Commissioning Group"));
  CHECK_FALSE(ns.is_known_as("Stoke"));
  const std::vector<Organisation> orgs{ns};
  CHECK(find_organisation(orgs, "NS") == &orgs[0]);
  CHECK(find_organisation(orgs, "SOT") == nullptr);
}

TEST_CASE("a quorum rule describes itself") {
  const QuorumRule r{3, {{MemberCategory::Lay, 2}, {MemberCategory::Officer, 1}}, false};
  CHECK(describe(r) == "3 voting members, including 2 lay members and 1 officer member; conflicted members do not count");
  CHECK_FALSE(QuorumRule{}.defined());
}
