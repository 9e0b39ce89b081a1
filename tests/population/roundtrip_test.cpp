// Every population document type survives JSON and the three archives to an equal value,
// and damaged input is refused with a reason.
#include <catch2/catch.hpp>

#include "commissioning/fixtures/site_populations.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/archive.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/detail/serialize_population.hpp"
#include "io/roundtrip.hpp"

using namespace commissioning;
using test_support::require_round_trips;

TEST_CASE("population entities round-trip through JSON and every archive") {
  auto p = make_practice("A81003", "VICTORIA MEDICAL PRACTICE", "TS26 8DB", PracticeStatus::Closed, Date(1974, 4, 1),
                         Date(2017, 10, 31), PrescribingSetting::GpPractice);
  p.national_grouping = "Y54";
  p.health_geography = "Q74";
  require_round_trips(p);
  const Membership m{OdsCode("A81003"), OdsCode("00K"), OrgLevel::SubIcb, Date(2013, 4, 1), Date(2017, 10, 31)};
  require_round_trips(m);
  require_round_trips(Succession{OdsCode("00K"), OdsCode("16C"), Date(2020, 4, 1)});
  OrganisationHierarchy h;
  h.add({OdsCode("A81001"), OdsCode("00K"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  h.add({OdsCode("00K"), OdsCode("QHM"), OrgLevel::Icb, Date(2016, 4, 1), std::nullopt});
  const std::array preds{OdsCode("00K")};
  h.merge(preds, OdsCode("16C"), OrgLevel::SubIcb, Date(2020, 4, 1));
  require_round_trips(h);
  require_round_trips(AgeBand{75, 95});
  require_round_trips(fixtures::illustrative_weights());
  fixtures::SyntheticOptions o;
  o.practices = 12;
  const auto table = fixtures::synthetic_population(o);
  require_round_trips(table);
  require_round_trips(table.to_quinary());
  PopulationTable totals(AgeResolution::TotalOnly, {Sex::Persons});
  totals.add({OdsCode("A84002"), OdsCode("00L"), "E38000130", "NE65 7UW"}, std::array<std::uint32_t, 1>{5903});
  require_round_trips(totals);
}

TEST_CASE("JSON numbers too large for their field are refused, not wrapped (gsl::narrow)") {
  using io::Json;
  // 4294967296 + 5903 would wrap to 5903 patients in 32 bits.
  CHECK_THROWS_WITH(io::from_json_text<PopulationTable>(
                        R"({"ages":"total","sexes":["persons"],"practices":[{"code":"A84002","persons":4294973199}]})"),
                    Catch::Contains("/practices/0/persons"));
  // 4294967300 would wrap to 4, the GP practice setting, in 32 bits.
  auto p = Json(make_practice("A81003", "VICTORIA MEDICAL PRACTICE", "TS26 8DB", PracticeStatus::Active,
                              Date(1974, 4, 1), std::nullopt, PrescribingSetting::GpPractice));
  p["setting"] = 4294967300LL;
  CHECK_THROWS_WITH(io::from_json_text<Practice>(p.dump()), Catch::Contains("/setting"));
}

TEST_CASE("loading a population table checks it like any other caller") {
  using io::Json;
  const auto good = Json::parse(R"({"ages":"total","sexes":["persons"],"practices":[{"code":"A84002","persons":5903}]})");
  CHECK(good.get<PopulationTable>().total() == 5903);
  CHECK_THROWS_WITH(io::from_json_text<PopulationTable>(R"({"ages":"total","sexes":["persons"],"practices":[{"code":"05W","persons":1}]})"),
                    Catch::Contains("/practices/0/code"));
  CHECK_THROWS_WITH(io::from_json_text<PopulationTable>(R"({"ages":"total","sexes":["persons"],"practices":[{"code":"A84002","persons":-1}]})"),
                    Catch::Contains("whole number"));
  CHECK_THROWS_WITH(io::from_json_text<PopulationTable>(R"({"ages":"total","sexes":["persons"],"practices":[],"extra":1})"),
                    Catch::Contains("unknown field \"extra\""));
  CHECK_THROWS_WITH(io::from_json_text<PopulationTable>(
                        R"({"ages":"total","sexes":["persons"],"practices":[{"code":"A84002","persons":1},{"code":"A84002","persons":2}]})"),
                    Catch::Contains("twice"));
  CHECK_THROWS_WITH(io::from_json_text<AgeSexWeights>(R"({"source":"x","bands":[{"sex":"persons","ages":"0-50","weight":1}]})"),
                    Catch::Contains("gap"));
  CHECK_THROWS_WITH(io::from_json_text<OrganisationHierarchy>(
                        R"({"memberships":[{"child":"A81001","parent":"00K","level":"ccg","joined":"2013-04-01"},)"
                        R"({"child":"A81001","parent":"00M","level":"ccg","joined":"2014-04-01"}]})"),
                    Catch::Contains("/memberships/1"));
}

TEST_CASE("a damaged table archive is an error, never a crash") {
  fixtures::SyntheticOptions o;
  o.practices = 5;
  const auto table = fixtures::synthetic_population(o);
  for (auto format : {io::ArchiveFormat::Text, io::ArchiveFormat::Binary}) {
    const auto bytes = io::save_archive(table, format);
    CAPTURE(io::to_string(format));
    for (std::size_t cut : {bytes.size() / 2, bytes.size() - 3, std::size_t{60}})
      CHECK_THROWS_AS(io::load_archive<PopulationTable>(bytes.substr(0, cut), format), InputError);
    // Flip a count: its total no longer matches and the load is refused.
    auto damaged = bytes;
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x5A);
    try {
      const auto t = io::load_archive<PopulationTable>(damaged, format);
      CHECK(t.practices() == 5);  // a flipped byte that kept the table consistent (a postcode letter)
    } catch (const InputError&) {
      SUCCEED("refused");
    }
  }
}

TEST_CASE("seed 000's social prescribing sites round-trip") {
  require_round_trips(fixtures::social_prescribing_sites());
  CHECK_THROWS_WITH(io::from_json_text<SiteCoverage>(R"({"sites":[{"name":"Meir","practices":[{"name":"Dr Borse","population":-4891}]}]})"),
                    Catch::Contains("negative"));
}
