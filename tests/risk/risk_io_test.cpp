// Risk registers survive JSON and every archive; bad input gives a diagnostic with its path.
#include <catch2/catch.hpp>

#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/io/json_risk.hpp"
#include "io/roundtrip.hpp"

using namespace commissioning;
using test_support::require_round_trips;

namespace {
RiskRegister rich_register() {
  RiskRegister r;
  r.name = "Primary Care Commissioning Committee risk register — £ and “quotes”";
  r.scope = RegisterScope::Committee;
  r.held_by = "North Staffordshire & Stoke-on-Trent PCCC";
  r.as_of = Date{2018, 7, 3};
  r.appetite = 12;
  r.banding = BandingPolicy{"three", {{"green", 1, 4, "#00aa00"}, {"amber", 5, 12, "#ffbf00"}, {"red", 15, 25, "#cc0000"}}};
  RiskEntry e;
  e.id = "PC-01";
  e.title = "Delegated budget overspend";
  e.cause = "prescribing growth";
  e.event = "expenditure exceeds approved budgets";
  e.effect = "statutory duty of financial balance breached";
  e.category = "finance";
  e.owner = Initials{"NMcF"};
  e.raised = Date{2018, 4, 1};
  e.inherent = RiskScore{Probability{4}, Impact{5}};
  e.current = RiskScore{Probability{3}, Impact{4}};
  e.target = RiskScore{Probability{2}, Impact{3}};
  e.controls = {"monthly budget report", "risk reserve of 0.5%"};
  e.actions = {{"review reserves", Initials{"PD"}, Date{2018, 9, 1}, false}, {"brief committee", std::nullopt, std::nullopt, true}};
  e.review_date = Date{2018, 9, 4};
  e.history = {{Date{2018, 4, 1}, RiskScore{Probability{4}, Impact{5}}, "raised"}, {Date{2018, 6, 5}, RiskScore::score_only(12), ""}};
  e.source = "example";
  r.entries.push_back(e);
  auto closed = e;
  closed.id = "PC-02";
  closed.status = RiskStatus::Transferred;
  closed.status_reason = "to the CCG corporate register";
  closed.status_date = Date{2018, 6, 5};
  r.entries.push_back(closed);
  return r;
}
}  // namespace

TEST_CASE("every risk entity survives JSON and the three archives") {
  const auto r = rich_register();
  require_round_trips(r);
  require_round_trips(r.entries.front());
  require_round_trips(r.entries.front().actions.front());
  require_round_trips(r.entries.front().history.front());
  require_round_trips(r.banding);
  require_round_trips(BandingPolicy{});
  require_round_trips(RiskScore::score_only(25));
  require_round_trips(RiskScore{Probability{5}, Impact{1}});
  require_round_trips(Probability{3});
  require_round_trips(Impact{4});
  require_round_trips(fixtures::staffordshire_gpfv_scoring_key());
  require_round_trips(npsa_scoring_key().impact);
  require_round_trips(fixtures::staffordshire_gpfv_risks());
  require_round_trips(RiskRegister{});
  require_round_trips(RiskStatus::Escalated);
  require_round_trips(RegisterScope::Workstream);
}

TEST_CASE("a minimal register file takes the default key and banding") {
  const auto r = io::from_json_text<RiskRegister>(
      R"({"name": "r", "entries": [{"id": "1", "current": {"probability": 2, "impact": 3}}]})");
  CHECK(r.banding == nhs_5x5_banding());
  CHECK(r.scoring_key == npsa_scoring_key());
  CHECK(r.entries.at(0).status == RiskStatus::Open);
  CHECK(r.entries.at(0).current->value() == 6);
}

TEST_CASE("bad risk input is refused with the JSON path and the reason") {
  auto error_of = [](const std::string& entry) -> InputError {
    try {
      (void)io::from_json_text<RiskRegister>(R"({"name": "r", "entries": [)" + entry + "]}", "register.json");
    } catch (const InputError& e) {
      return e;
    }
    FAIL("accepted " << entry);
    throw std::logic_error("unreachable");
  };
  SECTION("probability 0 or 6") {
    auto e = error_of(R"({"id": "1", "current": {"probability": 0, "impact": 3}})");
    CHECK(e.source() == "register.json");
    CHECK(e.field() == "/entries/0/current/probability");
    CHECK_THAT(e.reason(), Catch::Contains("probability 0 is outside 1–5"));
    e = error_of(R"({"id": "1", "inherent": {"probability": 6, "impact": 3}})");
    CHECK(e.field() == "/entries/0/inherent/probability");
    e = error_of(R"({"id": "1", "current": {"probability": 2, "impact": 2.5}})");
    CHECK_THAT(e.reason(), Catch::Contains("whole number"));
  }
  SECTION("an empty (null) level is not a score: refused at its path, never a crash") {
    const auto e = error_of(R"({"id": "1", "current": {"probability": null, "impact": 3}})");
    CHECK(e.field() == "/entries/0/current/probability");
    CHECK_THAT(e.reason(), Catch::Contains("whole number"));
  }
  SECTION("a score of 7 given as score only") {
    const auto e = error_of(R"({"id": "1", "current": {"score_only": 7}})");
    CHECK(e.field() == "/entries/0/current/score_only");
    CHECK_THAT(e.reason(), Catch::Contains("7 is not a possible risk score"));
  }
  SECTION("score only and factors together, or neither") {
    CHECK_THAT(error_of(R"({"id": "1", "current": {"score_only": 6, "probability": 2, "impact": 3}})").reason(),
               Catch::Contains("not both"));
    CHECK_THAT(error_of(R"({"id": "1", "current": {"probability": 2}})").reason(), Catch::Contains("needs probability and impact"));
  }
  SECTION("unknown fields, statuses and owners") {
    auto e = error_of(R"({"id": "1", "likelihood": 3})");
    CHECK(e.field() == "/entries/0");
    CHECK_THAT(e.reason(), Catch::Contains("unknown field \"likelihood\""));
    e = error_of(R"({"id": "1", "status": "shut"})");
    CHECK(e.field() == "/entries/0/status");
    CHECK_THAT(e.reason(), Catch::Contains("open, closed, transferred, escalated"));
    e = error_of(R"({"id": "1", "owner": "lynn"})");
    CHECK(e.field() == "/entries/0/owner");
    CHECK_THAT(error_of(R"({"id": ""})").reason(), Catch::Contains("\"id\" must not be empty"));
  }
  SECTION("a banding policy that leaves a possible score out") {
    try {
      (void)io::from_json_text<RiskRegister>(
          R"({"name": "r", "entries": [], "banding": {"name": "b", "bands": [{"name": "low", "from": 1, "to": 3, "colour": "#00ff00"}, {"name": "high", "from": 5, "to": 25, "colour": "#ff0000"}]}})");
      FAIL("accepted a banding without 4");
    } catch (const InputError& e) {
      CHECK(e.field() == "/banding/bands");
      CHECK_THAT(e.reason(), Catch::Contains("the score 4 falls in no band"));
    }
  }
  SECTION("a scale of four levels") {
    CHECK_THROWS_WITH(io::from_json_text<RiskScale>(R"([{"label": "a"}, {"label": "b"}, {"label": "c"}, {"label": "d"}])"),
                      Catch::Contains("exactly 5 levels"));
  }
}

TEST_CASE("hostile risk archives are refused, never crash") {
  const auto bytes = io::save_archive(rich_register(), io::ArchiveFormat::Text);
  SECTION("truncated anywhere") {
    const auto content_end = bytes.find_last_not_of(" \n") + 1;
    for (std::size_t n = 0; n < content_end; n += 7) {
      CAPTURE(n);
      CHECK_THROWS_AS(io::load_archive<RiskRegister>(std::string_view(bytes).substr(0, n), io::ArchiveFormat::Text), InputError);
    }
  }
  SECTION("an impossible score inside a real archive") {
    auto forged = io::save_archive(RiskScore::score_only(12), io::ArchiveFormat::Text);
    const auto at = forged.find(" 1 12 ");  // score_only = 1, score = 12
    REQUIRE(at != std::string::npos);
    forged.replace(at, 6, " 1 13 ");
    CHECK_THROWS_WITH(io::load_archive<RiskScore>(forged, io::ArchiveFormat::Text), Catch::Contains("not a possible risk score"));
  }
}
