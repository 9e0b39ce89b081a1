// Programme documents survive JSON and every archive; bad input gives a diagnostic with its path.
#include <catch2/catch.hpp>

#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/fixtures/programme_seeds.hpp"
#include "commissioning/io/json_programme.hpp"
#include "io/roundtrip.hpp"

using namespace commissioning;
using test_support::require_round_trips;

TEST_CASE("every programme entity survives JSON and the three archives") {
  const auto gpfv = fixtures::staffordshire_gpfv_june_2018();
  require_round_trips(gpfv);
  require_round_trips(gpfv.reports.front());
  require_round_trips(gpfv.reports.front().activities.front());
  require_round_trips(gpfv.reports.front().new_risks.front());
  require_round_trips(gpfv.workstreams.front());
  require_round_trips(fixtures::wolverhampton_programme());
  const auto dorset = fixtures::dorset_programme();
  require_round_trips(dorset);
  require_round_trips(*dorset.assurance);
  require_round_trips(dorset.assurance->domains.front());
  require_round_trips(dorset.targets.front());
  require_round_trips(dorset.targets.front().interim.front());
  for (const auto& t : fixtures::luton_digital_targets()) require_round_trips(t);
  require_round_trips(dorset.plans.front());
  require_round_trips(dorset.plans.front().milestones.front());
  require_round_trips(parse_decimal2("-12.5"));
  require_round_trips(CalendarMonth{2018, 6});
  for (const char* due : {"", "TBC", "Ongoing", "3rd August 2018", "June 2018", "Q1 2018/19", "2019/20", "April to June 2017"})
    require_round_trips(parse_due_date(due));
  Activity a{"2", "Engagement", "in progress", ProgressStatus::BehindWithMitigation};
  require_round_trips(a);
  require_round_trips(Programme{});
  require_round_trips(ProgressStatus::Behind);
  require_round_trips(MilestoneStatus::Delayed);
  require_round_trips(Comparison::ReduceByPercent);
  require_round_trips(AssuranceState::NotStated);
  require_round_trips(OverallAssurance::NotAssured);
}

TEST_CASE("bad programme input is refused with the JSON path and the reason") {
  auto error_of = [](const std::string& json) -> InputError {
    try {
      (void)io::from_json_text<Programme>(json, "programme.json");
    } catch (const InputError& e) {
      return e;
    }
    FAIL("accepted " << json);
    throw std::logic_error("unreachable");
  };
  SECTION("an unknown RAG spelling") {
    const auto e = error_of(R"({"name": "p", "reports": [{"workstream": "a", "month_covered": "June 2018", "status": "Purple"}]})");
    CHECK(e.source() == "programme.json");
    CHECK(e.field() == "/reports/0/status");
    CHECK_THAT(e.reason(), Catch::Contains("expected Red, Amber, Green or Blue"));
    CHECK(error_of(R"({"name": "p", "reports": [{"workstream": "a", "month_covered": "June 2018", "impact_if_not_achieved": "Ambre"}]})")
              .field() == "/reports/0/impact_if_not_achieved");
  }
  SECTION("a milestone due Q1 2017/16") {
    const auto e = error_of(R"({"name": "p", "plans": [{"title": "t", "milestones": [{"description": "d", "due": "Q1 2017/16"}]}]})");
    CHECK(e.field() == "/plans/0/milestones/0/due");
    CHECK_THAT(e.reason(), Catch::Contains("2017 is followed by 2018, not 16"));
  }
  SECTION("other bad values") {
    CHECK(error_of(R"({"name": "p", "reports": [{"workstream": "a", "month_covered": "Juno 2018"}]})").field() ==
          "/reports/0/month_covered");
    CHECK(error_of(R"({"name": "p", "targets": [{"id": "t", "metric": "m", "comparison": "at least", "value": "3.345"}]})").field() ==
          "/targets/0/value");
    CHECK_THAT(error_of(R"({"name": "p", "targets": [{"id": "t", "metric": "m", "comparison": "reduce by %", "value": "10"}]})").reason(),
               Catch::Contains("needs a baseline_year"));
    CHECK(error_of(R"({"name": "p", "assurance": {"organisation": "o", "stated": "mostly assured"}})").field() == "/assurance/stated");
    CHECK(error_of(R"({"name": "p", "reports": [{"workstream": "a", "month_covered": "June 2018", "activities": [{"text": "t", "status": "late"}]}]})")
              .field() == "/reports/0/activities/0/status");
    CHECK(error_of(R"({"name": "p", "risks": {"name": "r", "entries": [{"id": "1", "current": {"score_only": 7}}]}})").field() ==
          "/risks/entries/0/current/score_only");
    CHECK_THAT(error_of(R"({"name": "p", "plan": []})").reason(), Catch::Contains("unknown field \"plan\""));
  }
}

TEST_CASE("hostile programme archives are refused, never crash") {
  const auto bytes = io::save_archive(fixtures::dorset_programme(), io::ArchiveFormat::Binary);
  for (std::size_t n = 0; n < bytes.size(); n += 13) {
    CAPTURE(n);
    CHECK_THROWS_AS(io::load_archive<Programme>(std::string_view(bytes).substr(0, n), io::ArchiveFormat::Binary), InputError);
  }
  // A due date archived as text is read back through the parser.
  auto text = io::save_archive(parse_due_date("Q1 2018/19"), io::ArchiveFormat::Xml);
  const auto at = text.find("2018/19");
  REQUIRE(at != std::string::npos);
  text.replace(at, 7, "2018/17");
  CHECK_THROWS_WITH(io::load_archive<DueDate>(text, io::ArchiveFormat::Xml), Catch::Contains("not a quarter"));
}

TEST_CASE("an assurance status with no exempt domains keeps none through every format, and one without the field keeps the default") {
  auto a = *fixtures::dorset_programme().assurance;
  a.exempt_domains.clear();  // the default is not empty, so an empty list must be written
  require_round_trips(a);
  CHECK(io::from_json_text<AssuranceStatus>(R"({"organisation": "o"})").exempt_domains ==
        std::vector<std::string>{"Online consultations"});
}
