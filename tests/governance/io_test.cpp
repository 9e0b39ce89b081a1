// Governance documents through JSON and every archive format, and what bad input gets back.
#include <catch2/catch.hpp>

#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/governance/rules.hpp"
#include "commissioning/io/json_governance.hpp"
#include "io/roundtrip.hpp"

using namespace commissioning;
using namespace commissioning::governance;
using commissioning::fixtures::june_2018;
using commissioning::fixtures::july_2018;

TEST_CASE("every governance entity of the seed pack round-trips through JSON and the three archives") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto& june = pack.meetings[june_2018];
  const auto& july = pack.meetings[july_2018];
  test_support::require_round_trips(pack);
  test_support::require_round_trips(pack.committees[0]);
  test_support::require_round_trips(pack.committees[0].terms_of_reference.quorum);
  test_support::require_round_trips(*pack.action_log);
  test_support::require_round_trips(june);
  test_support::require_round_trips(july);
  for (const auto& o : pack.organisations) test_support::require_round_trips(o);
  for (const auto& m : pack.members) test_support::require_round_trips(m);
  for (const auto& a : june.attendance) test_support::require_round_trips(a);
  test_support::require_round_trips(*june.attendance_grid);
  for (const auto& i : july.agenda) test_support::require_round_trips(i);
  for (const auto& p : july.papers) test_support::require_round_trips(p);
  for (const auto& m : june.minutes) {
    test_support::require_round_trips(m);
    test_support::require_round_trips(m.reference);
    for (const auto& r : m.resolutions) test_support::require_round_trips(r);
    for (const auto& a : m.actions) test_support::require_round_trips(a);
  }
  for (const auto& a : pack.action_log->actions) test_support::require_round_trips(a);
  test_support::require_round_trips(june.venue);
  test_support::require_round_trips(*june.next_meeting);
  test_support::require_round_trips(AgendaNumber{"7.1.2"});
  test_support::require_round_trips(DeclarationOfInterest{Initials{"PD"}, AgendaNumber{"6.3"}, InterestKind::NonPecuniary,
                                                          "trustee of a bidder — “quoted”", DeclarationOutcome::Waived, true});
  Organisation with_code{"ns-ccg", "North Staffordshire CCG", OrganisationKind::Ccg, {"NS"}, OdsCode{"05G"}};
  test_support::require_round_trips(with_code);
}

TEST_CASE("a document says what kind it is") {
  const auto pack = fixtures::pccc_pack_2018();
  const auto as_pack = read_document(document_json(Document{pack}));
  CHECK(std::get<MeetingPack>(as_pack) == pack);
  CHECK(document_kind(read_document(document_json(Document{pack.committees[1]}))) == "committee");
  CHECK(std::get<ActionLog>(read_document(document_json(Document{*pack.action_log}))) == *pack.action_log);
}

namespace {
// The InputError a text gets when read as a document.
InputError error_of(const std::string& text) {
  try {
    (void)read_document_text(text, "pack.json");
  } catch (const InputError& e) {
    return e;
  }
  FAIL("accepted: " << text);
  throw std::logic_error("unreachable");
}

io::Json tiny() {
  return io::Json::parse(R"({
    "kind": "meeting-pack", "title": "t",
    "committees": [{"id": "a", "name": "A", "terms_of_reference": {"quorum": {"min_voting_present": 1}}}],
    "members": [{"initials": "PD", "name": "Peter Dartford", "category": "lay", "voting": true, "committees": ["a"]}],
    "meetings": [{"title": "m", "committees": ["a"], "date": "Tuesday 5th June 2018", "time": "10.00am – 11.30am",
                  "venue": {"place": "One Smithfield", "postcode": "ST1 4FA"}, "session": "public",
                  "attendance": [{"person": "PD", "mark": "✓"}],
                  "agenda": [{"number": "1", "title": "Welcome", "start": "10.00am", "purpose": "To Note / Decision"}],
                  "minutes": [{"reference": "2018/JUN /062", "title": "Welcome"}]}]
  })");
}
}  // namespace

TEST_CASE("a hand-written pack reads the documents' own spellings") {
  const auto doc = read_document(tiny());
  const auto& pack = std::get<MeetingPack>(doc);
  CHECK(pack.meetings[0].date.date == Date(2018, 6, 5));
  CHECK(pack.meetings[0].attendance[0].status == AttendanceStatus::Present);
  CHECK(pack.meetings[0].agenda[0].purposes == std::vector<Purpose>{Purpose::ToNote, Purpose::Decision});
  CHECK(validate(pack).empty());
}

TEST_CASE("bad input gives an error naming its JSON path") {
  struct Case {
    const char* what;
    std::string pointer;  // JSON pointer to change
    io::Json value;
    std::string path;
    std::string reason;
  };
  const std::vector<Case> cases{
      {"time 25.00am", "/meetings/0/agenda/0/start", "25.00am", "/meetings/0/agenda/0/start", "25.00am"},
      {"reference 2018/JUX /062", "/meetings/0/minutes/0/reference", "2018/JUX /062", "/meetings/0/minutes/0/reference",
       "unknown month \"JUX\""},
      {"unknown attendance spelling", "/meetings/0/attendance/0/status", "presnet", "/meetings/0/attendance/0/status",
       "unknown attendance status"},
      {"unknown purpose", "/meetings/0/agenda/0/purpose", "To Note / Decisoin", "/meetings/0/agenda/0/purpose",
       "unknown agenda purpose"},
      {"unknown session", "/meetings/0/session", "semi-public", "/meetings/0/session", "unknown session"},
      {"unknown category", "/members/0/category", "voting", "/members/0/category", "unknown member category"},
      {"grid noise as a mark", "/meetings/0/attendance/0/mark", "ш", "/meetings/0/attendance/0/mark", "not a grid mark"},
      {"bad agenda number", "/meetings/0/agenda/0/number", "7..1", "/meetings/0/agenda/0/number", "expected a number"},
      {"bad postcode", "/meetings/0/venue/postcode", "ST1", "/meetings/0/venue/postcode", "postcode"},
      {"bad initials", "/members/0/initials", "pd", "/members/0/initials", "capital letter"},
      {"unknown kind", "/kind", "meeting-bundle", "/kind", "unknown kind \"meeting-bundle\""},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    auto j = tiny();
    j[io::Json::json_pointer(c.pointer)] = c.value;
    const auto e = error_of(j.dump());
    CHECK(e.source() == "pack.json");
    CHECK(e.field() == c.path);
    CHECK_THAT(e.reason(), Catch::Contains(c.reason));
  }
}

TEST_CASE("missing and unknown fields are errors with their path") {
  {
    auto j = tiny();
    j["meetings"][0]["agenda"][0]["presentr"] = "PD";
    const auto e = error_of(j.dump());
    CHECK(e.field() == "/meetings/0/agenda/0");
    CHECK_THAT(e.reason(), Catch::Contains("unknown field \"presentr\""));
  }
  {
    auto j = tiny();
    j["members"][0].erase("voting");
    const auto e = error_of(j.dump());
    CHECK(e.field() == "/members/0");
    CHECK_THAT(e.reason(), Catch::Contains("voting"));
  }
  {
    auto j = tiny();
    j.erase("kind");
    CHECK_THAT(error_of(j.dump()).reason(), Catch::Contains("missing \"kind\""));
  }
  {
    auto j = tiny();
    j["meetings"][0]["attendance"][0]["status"] = "absent";  // contradicts the mark ✓
    CHECK_THAT(error_of(j.dump()).reason(), Catch::Contains("contradicts the mark"));
  }
  CHECK_THAT(error_of("{\"kind\": \"meeting-pack\", ").reason(), Catch::Contains("not valid JSON"));
}

TEST_CASE("bad input that reads is reported by validation with its path") {
  SECTION("duplicate initials") {
    auto j = tiny();
    j["members"].push_back({{"initials", "PD"}, {"name", "Paul Dee"}, {"category", "attendee"}, {"voting", false}});
    const auto r = validate(std::get<MeetingPack>(read_document(j)));
    REQUIRE(r.size() == 1u);
    CHECK(r.diagnostics()[0].rule_id == rules::initials_unique.id);
    CHECK(r.diagnostics()[0].path == "/members/1/initials");
    CHECK(j.at(io::Json::json_pointer(r.diagnostics()[0].path)) == "PD");  // the pointer leads to the field read
  }
  SECTION("an item nested under a missing parent") {
    auto j = tiny();
    j["meetings"][0]["agenda"].push_back({{"number", "4.1"}, {"title", "Orphan"}});
    const auto r = validate(std::get<MeetingPack>(read_document(j)));
    REQUIRE(r.size() == 1u);
    CHECK(r.diagnostics()[0].rule_id == rules::agenda_parent_exists.id);
    CHECK(r.diagnostics()[0].path == "/meetings/0/agenda/1/number");
    CHECK(j.at(io::Json::json_pointer(r.diagnostics()[0].path)) == "4.1");
  }
}

TEST_CASE("damaged archives of a pack are errors, not crashes") {
  const auto pack = fixtures::pccc_pack_2018();
  for (auto f : {io::ArchiveFormat::Text, io::ArchiveFormat::Xml, io::ArchiveFormat::Binary}) {
    INFO(io::to_string(f));
    const auto bytes = io::save_archive(pack, f);
    for (std::size_t cut : {bytes.size() / 2, bytes.size() - 9, std::size_t{40}})
      CHECK_THROWS_AS(io::load_archive<MeetingPack>(bytes.substr(0, cut), f), InputError);
  }
  // An agenda number is rebuilt through its checked constructor.
  auto bytes = io::save_archive(AgendaNumber{"7.1"}, io::ArchiveFormat::Xml);
  const auto at = bytes.find("7.1");
  REQUIRE(at != std::string::npos);
  bytes.replace(at, 3, "7.x");
  CHECK_THROWS_AS(io::load_archive<AgendaNumber>(bytes, io::ArchiveFormat::Xml), InputError);
}
