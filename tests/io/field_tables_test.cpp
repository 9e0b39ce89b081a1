// The field tables (io/describe.hpp) and spelling tables (core/spelling.hpp) are the one
// description each format is derived from. These tests pin what that derivation promises.
#include <catch2/catch.hpp>

#include <string>

#include "commissioning/governance/meeting.hpp"
#include "commissioning/io/archive.hpp"
#include "commissioning/io/describe.hpp"
#include "commissioning/io/detail/fields_governance.hpp"
#include "commissioning/io/json_governance.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "roundtrip.hpp"

using namespace commissioning;
using governance::Committee;
using governance::Organisation;
using governance::OrganisationKind;

namespace {

Organisation stoke() {
  Organisation o;
  o.id = "ns-ccg";
  o.name = "North Staffordshire Clinical Commissioning Group";
  o.kind = OrganisationKind::Ccg;
  o.aliases = {"North Staffs", "NS"};
  return o;
}

InputError committee_error(const std::string& text) {
  try {
    (void)io::from_json_text<Committee>(text, "committee.json");
  } catch (const InputError& e) {
    return e;
  }
  FAIL("expected an InputError for " << text);
  throw;
}

const char* const committee_json = R"({"kind":"committee","id":"ns-pccc","name":"PCCC",
  "terms_of_reference":{"quorum":{"min_voting_present":3,"min_per_category":[{"category":"lay","minimum":2}]}}})";

}  // namespace

TEST_CASE("an optional field added to an entity and its table round-trips through every format") {
  // Organisation::successor was added with two lines: the member and its table entry.
  auto o = stoke();
  o.successor = "staffs-icb";
  test_support::require_round_trips(o);
  CHECK(io::Json(o).at("successor") == "staffs-icb");
  CHECK_FALSE(io::Json(stoke()).contains("successor"));  // optional and empty: left out
}

TEST_CASE("a field added with since(v) raises the class version, and older archives load without it") {
  STATIC_REQUIRE(io::class_version<Organisation>() == 3);
  STATIC_REQUIRE(io::class_version<governance::CategoryMinimum>() == io::enum_spellings_since);
  // The committed version-1 golden archives (tests/io/golden) hold no successor and still
  // load: golden_domain_test.cpp checks them. Here: a version-3 archive keeps it.
  auto o = stoke();
  o.successor = "staffs-icb";
  const auto xml = io::save_archive(o, io::ArchiveFormat::Xml);
  CHECK(xml.find("<successor>staffs-icb</successor>") != std::string::npos);
}

TEST_CASE("archives store an enum by its canonical spelling, not its ordinal") {
  const auto xml = io::save_archive(stoke(), io::ArchiveFormat::Xml);
  CHECK(xml.find("<kind>ccg</kind>") != std::string::npos);
}

TEST_CASE("an archive naming an enum value that does not exist is refused") {
  auto xml = io::save_archive(stoke(), io::ArchiveFormat::Xml);
  const auto at = xml.find("<kind>ccg</kind>");
  REQUIRE(at != std::string::npos);
  xml.replace(at, 16, "<kind>cgg</kind>");
  CHECK_THROWS_AS(io::load_archive<Organisation>(xml, io::ArchiveFormat::Xml), InputError);
}

TEST_CASE("a field table refuses unknown keys, naming the key and the JSON Pointer of its object") {
  std::string text = committee_json;
  text.replace(text.find("\"name\""), 6, "\"nmae\"");
  const auto e = committee_error(text);
  CHECK(e.field() == "");  // RFC 6901: "" is the whole document, "/" the key ""
  CHECK_THAT(e.reason(), Catch::Contains("unknown field \"nmae\""));
}

TEST_CASE("a required field that is missing is an error at its object") {
  std::string text = committee_json;
  text.replace(text.find("\"min_voting_present\":3,"), 23, "");
  const auto e = committee_error(text);
  CHECK(e.field() == "/terms_of_reference/quorum");
  CHECK_THAT(e.reason(), Catch::Contains("\"min_voting_present\" is required"));
}

TEST_CASE("a negative count is refused at its pointer, never wrapped") {
  std::string text = committee_json;
  text.replace(text.find("\"minimum\":2"), 11, "\"minimum\":-1");
  const auto e = committee_error(text);
  CHECK(e.field() == "/terms_of_reference/quorum/min_per_category/0/minimum");
  CHECK_THAT(e.reason(), Catch::Contains("out of range"));
}

TEST_CASE("a count above the table's at_most() bound is refused") {
  std::string text = committee_json;
  text.replace(text.find("\"min_voting_present\":3"), 22, "\"min_voting_present\":1001");
  const auto e = committee_error(text);
  CHECK(e.field() == "/terms_of_reference/quorum/min_voting_present");
}

TEST_CASE("archives hold a table's field rules as JSON does: an empty non_empty() field or a count over at_most() is refused") {
  // fuzz_archive_structure: a committee archive with an empty id loaded, and its JSON did not.
  const auto good = io::from_json_text<Committee>(committee_json);
  auto empty_id = good;
  empty_id.id.clear();
  auto too_many = good;
  too_many.terms_of_reference.quorum.min_voting_present = 1001;
  for (const auto format : {io::ArchiveFormat::Text, io::ArchiveFormat::Xml, io::ArchiveFormat::Binary}) {
    INFO(io::to_string(format));
    CHECK(io::load_archive<Committee>(io::save_archive(good, format), format) == good);
    CHECK_THROWS_WITH(io::load_archive<Committee>(io::save_archive(empty_id, format), format),
                      Catch::Contains("\"id\" must not be empty"));
    CHECK_THROWS_WITH(io::load_archive<Committee>(io::save_archive(too_many, format), format),
                      Catch::Contains("\"min_voting_present\" is 1001, over its limit of 1000"));
  }
}

TEST_CASE("a document's kind is written, and a kind naming another document is refused") {
  const auto c = io::from_json_text<Committee>(committee_json);
  CHECK(io::Json(c).at("kind") == "committee");
  std::string text = committee_json;
  text.replace(text.find("\"committee\""), 11, "\"action-log\"");
  const auto e = committee_error(text);
  CHECK(e.field() == "/kind");
}

TEST_CASE("an enum's variant spellings are read, and its canonical spelling is written") {
  STATIC_REQUIRE(spellings_complete<OrganisationKind>());
  CHECK(parse_spelling<OrganisationKind>("Clinical Commissioning Group") == OrganisationKind::Ccg);
  CHECK(parse_spelling<OrganisationKind>("GP federation") == OrganisationKind::GpFederation);
  CHECK(spelling(OrganisationKind::GpFederation) == "gp-federation");
  CHECK_THROWS_AS(parse_spelling<OrganisationKind>("trust"), ParseError);
}

TEST_CASE("population archives store sexes, age resolution and practice status by spelling") {
  fixtures::SyntheticOptions small;
  small.seed = 3;
  small.practices = 2;
  const auto table = fixtures::synthetic_population(small);
  const auto xml = io::save_archive(table, io::ArchiveFormat::Xml);
  CHECK(xml.find("<ages>" + std::string(spelling(table.ages())) + "</ages>") != std::string::npos);
  CHECK(xml.find("<item>male</item>") != std::string::npos);
  CHECK(io::load_archive<PopulationTable>(xml, io::ArchiveFormat::Xml) == table);

  auto damaged = xml;
  damaged.replace(damaged.find("<item>male</item>"), 17, "<item>mail</item>");
  CHECK_THROWS_AS(io::load_archive<PopulationTable>(damaged, io::ArchiveFormat::Xml), InputError);
}

TEST_CASE("a membership's fields come from its table: level spellings are read, missing fields named at their pointer") {
  const auto h = io::from_json_text<OrganisationHierarchy>(
      R"({"memberships":[{"child":"A81001","parent":"00L","level":"CCG","joined":"2013-04-01"}]})");
  REQUIRE(h.memberships().size() == 1);
  CHECK(h.memberships()[0].parent_level == OrgLevel::SubIcb);
  CHECK(io::Json(h).at("memberships").at(0).at("level") == "sub-icb");
  try {
    (void)io::from_json_text<OrganisationHierarchy>(
        R"({"memberships":[{"child":"A81001","parent":"00L","level":"ccg","joined":"2013-04-01"},
                           {"child":"A81002","parent":"00L","level":"ccg"}]})",
        "h.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.field() == "/memberships/1");
    CHECK_THAT(e.reason(), Catch::Contains("\"joined\" is required"));
  }
}

TEST_CASE("an error nlohmann raises itself still names the innermost place being read") {
  // A hand-written reader's at() on a missing key throws nlohmann's own out_of_range, which
  // carries no place: the JSON Pointer comes from the scopes it unwound through.
  try {
    (void)io::from_json_text<PopulationTable>(
        R"({"ages":"total","sexes":["persons"],
            "practices":[{"code":"A81001","persons":10},{"persons":12}]})",
        "t.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.field() == "/practices/1");
    CHECK_THAT(e.reason(), Catch::Contains("code"));
    CHECK_THAT(e.reason(), !Catch::Contains("json.exception"));
  }
}

TEST_CASE("a meeting's session and a paper's purposes are archived by spelling; old archives of both still load") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto xml = io::save_archive(pack.meetings.at(0), io::ArchiveFormat::Xml);
  CHECK(xml.find("<session>" + std::string(spelling(pack.meetings.at(0).session)) + "</session>") != std::string::npos);
  CHECK(io::load_archive<governance::Meeting>(xml, io::ArchiveFormat::Xml) == pack.meetings.at(0));
}

TEST_CASE("a meeting needs a committee: an empty list is refused at its pointer") {
  auto j = io::Json(fixtures::pccc_pack_2018());
  j["meetings"][0]["committees"] = io::Json::array();
  try {
    (void)io::from_json_value<governance::MeetingPack>(j, "pack.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.field() == "/meetings/0/committees");
    CHECK_THAT(e.reason(), Catch::Contains("must not be empty"));
  }
}

TEST_CASE("an agenda item's duration that is negative or fractional is refused at its pointer, saying the range") {
  const auto pack = fixtures::pccc_pack_2018();
  std::size_t m = 0;
  while (m < pack.meetings.size() && pack.meetings[m].agenda.empty()) ++m;
  REQUIRE(m < pack.meetings.size());
  for (const char* bad : {"-5", "1.5"}) {
    auto j = io::Json(pack);
    j["meetings"][m]["agenda"][0]["duration_minutes"] = io::Json::parse(bad);
    try {
      (void)io::from_json_value<governance::MeetingPack>(j, "pack.json");
      FAIL("no error for " << bad);
    } catch (const InputError& e) {
      CHECK(e.field() == "/meetings/" + std::to_string(m) + "/agenda/0/duration_minutes");
      CHECK_THAT(e.reason(), Catch::Contains("whole number from 0 to 1440"));
    }
  }
}

TEST_CASE("a JSON syntax error is reported in our words, without nlohmann's exception id") {
  try {
    (void)io::parse_json("{\"a\": [1, 2", "t.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK_THAT(e.reason(), Catch::StartsWith("not valid JSON"));
    CHECK_THAT(std::string(e.what()), !Catch::Contains("json.exception"));
  }
}

TEST_CASE("a field the others imply may be left out: an action's status follows its outcome, an attendance's its mark") {
  using governance::Action;
  using governance::ActionStatus;
  const auto action = [](const char* text) { return io::from_json_text<Action>(text, "action.json"); };
  CHECK(action(R"({"text": "t", "owners": [], "outcome": "Item on the agenda."})").status == ActionStatus::OnAgenda);
  CHECK(action(R"({"text": "t", "owners": [], "outcome": "Item on the agenda.", "status": "complete"})").status ==
        ActionStatus::Complete);  // a stated status stands
  CHECK(io::Json(action(R"({"text": "t", "owners": []})")).at("status") == "open");  // always written

  const auto attendance = [](const char* text) { return io::from_json_text<governance::Attendance>(text, "a.json"); };
  CHECK(attendance(R"({"person": "PD", "mark": "X"})").status == governance::AttendanceStatus::Absent);
  try {
    (void)attendance(R"({"person": "PD"})");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.field() == "");
    CHECK_THAT(e.reason(), Catch::Contains("needs a \"status\" or a grid \"mark\""));
  }
}

TEST_CASE("a rule across an entity's fields holds for archives as for JSON") {
  Target t;
  t.id = "t1";
  t.metric = "m";
  t.comparison = Comparison::ReduceByPercent;  // with no baseline year
  governance::Attendance a{Initials{"PD"}, governance::AttendanceStatus::Absent, "1"};  // 1 marks present
  for (auto f : {io::ArchiveFormat::Text, io::ArchiveFormat::Xml, io::ArchiveFormat::Binary}) {
    INFO(io::to_string(f));
    CHECK_THROWS_WITH(io::load_archive<Target>(io::save_archive(t, f), f), Catch::Contains("needs a baseline_year"));
    CHECK_THROWS_WITH(io::load_archive<governance::Attendance>(io::save_archive(a, f), f), Catch::Contains("contradicts the mark"));
  }
  t.baseline_year = FinancialYear::make(2017);
  CHECK(test_support::through_every_format(t) == t);
}

TEST_CASE("a milestone leaves out an unstated status and an empty due date") {
  Milestone m;
  m.description = "d";
  CHECK(io::Json(m) == io::Json{{"description", "d"}});
  m.status = MilestoneStatus::Delayed;
  m.due = parse_due_date("TBC");
  CHECK(io::Json(m) == io::Json{{"description", "d"}, {"status", "delayed"}, {"due", "TBC"}});
  CHECK(test_support::through_every_format(m) == m);
}
