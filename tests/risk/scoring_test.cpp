// Scales, scores and banding: the arithmetic of a 5×5 risk matrix.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/risk/banding.hpp"
#include "commissioning/risk/scale.hpp"
#include "commissioning/risk/score.hpp"
#include "shared_data.hpp"

using namespace commissioning;

namespace {
std::set<int> products() {
  std::set<int> out;
  for (int p = 1; p <= 5; ++p)
    for (int i = 1; i <= 5; ++i) out.insert(p * i);
  return out;
}
std::vector<std::string> seed_lines() {
  std::vector<std::string> lines;
  const auto path = test_support::shared_file_or_skip("seeds/000_00ad4aa4a6f7b65a.txt");
  if (path.empty()) return lines;
  std::ifstream in(path);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}
}  // namespace

TEST_CASE("probability and impact are levels 1 to 5") {
  for (int v = 1; v <= 5; ++v) {
    CHECK(Probability{v}.value() == v);
    CHECK(Impact{v}.value() == v);
  }
  CHECK_THROWS_WITH(Probability{0}, Catch::Contains("probability 0 is outside the scale 1–5"));
  CHECK_THROWS_WITH(Probability{6}, Catch::Contains("probability 6"));
  CHECK_THROWS_WITH(Impact{6}, Catch::Contains("impact 6 is outside"));
  CHECK_THROWS_AS(Impact{-1}, std::invalid_argument);
}

TEST_CASE("risk score is probability times impact") {
  const int p = GENERATE(range(1, 6));
  const int i = GENERATE(range(1, 6));
  const RiskScore s{Probability{p}, Impact{i}};
  CHECK(s.value() == p * i);
  CHECK_FALSE(s.is_score_only());
  CHECK(s.probability()->value() == p);
  CHECK(s.impact()->value() == i);
}

TEST_CASE("a bare score is accepted only if some probability times impact gives it") {
  const auto possible = products();
  REQUIRE(possible.size() == 14);  // {1,2,3,4,5,6,8,9,10,12,15,16,20,25}
  for (int n = -1; n <= 30; ++n) {
    CAPTURE(n);
    CHECK(is_possible_risk_score(n) == (possible.count(n) == 1));
    if (possible.count(n)) {
      const auto s = RiskScore::score_only(n);
      CHECK(s.value() == n);
      CHECK(s.is_score_only());
      CHECK_FALSE(s.probability().has_value());
    } else {
      CHECK_THROWS_AS(RiskScore::score_only(n), std::invalid_argument);
    }
  }
  for (int impossible : {7, 11, 13, 14, 17, 18, 19, 21, 22, 23, 24})
    CHECK_THROWS_WITH(RiskScore::score_only(impossible), Catch::Contains("is not a possible risk score"));
  CHECK_THROWS_WITH(RiskScore::score_only(26), Catch::Contains("between 1 and 25"));
  // A score only is not equal to the same product with its factors.
  CHECK(RiskScore::score_only(12) != RiskScore(Probability{3}, Impact{4}));
  CHECK(RiskScore(Probability{3}, Impact{4}) != RiskScore(Probability{4}, Impact{3}));
}

TEST_CASE("the scoring key is data an organisation replaces") {
  const auto key = fixtures::staffordshire_gpfv_scoring_key();
  CHECK(key.probability.at(1).label == "Rare");
  CHECK(key.probability.at(5).label == "Almost certain");
  CHECK(key.impact.at(1).label == "Insignificant");
  CHECK(key.impact.at(5).label == "Severe");
  CHECK(npsa_scoring_key().impact.at(5).label == "Catastrophic");
  CHECK_THROWS_AS(key.impact.at(6), std::out_of_range);

  SECTION("the fixture's wording is the seed's, level by level (seed 000 L1789–1799)") {
    const auto lines = seed_lines();
    if (lines.empty()) return;
    for (int level = 1; level <= 5; ++level) {
      CAPTURE(level);
      const auto& p = key.probability.at(level);
      const auto& i = key.impact.at(level);
      CHECK(lines[static_cast<std::size_t>(1788 + level - 1)] == std::to_string(level) + ". " + p.label + "\t" + p.description + "\t\t\t\t");
      CHECK(lines[static_cast<std::size_t>(1794 + level - 1)] == std::to_string(level) + ". " + i.label + "\t" + i.description + "\t\t\t\t");
    }
  }
  SECTION("a scale has exactly five labelled levels") {
    CHECK_THROWS_WITH(RiskScale({{"Low", ""}, {"Medium", ""}, {"High", ""}, {"Very high", ""}}), Catch::Contains("5 levels, not 4"));
    CHECK_THROWS_WITH(RiskScale({{"a", ""}, {"b", ""}, {" ", ""}, {"d", ""}, {"e", ""}}), Catch::Contains("level 3"));
  }
}

TEST_CASE("the default banding is the NHS 5x5: 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme") {
  const BandingPolicy nhs;
  REQUIRE(nhs.bands().size() == 4);
  for (int s : products()) {
    CAPTURE(s);
    const auto& band = nhs.band_of(s);
    const std::string want = s <= 3 ? "low" : s <= 6 ? "moderate" : s <= 12 ? "high" : "extreme";
    CHECK(band.name == want);
  }
  CHECK(nhs.find("HIGH") == std::size_t{2});
  CHECK_FALSE(nhs.find("severe").has_value());
}

TEST_CASE("a banding policy must give every possible score exactly one band") {
  using Bands = std::vector<Band>;
  SECTION("three bands of one's own are fine") {
    const BandingPolicy three{"three", Bands{{"green", 1, 4, "#00aa00"}, {"amber", 5, 12, "#ffbf00"}, {"red", 15, 25, "#cc0000"}}};
    CHECK(three.band_of(RiskScore::score_only(12)).name == "amber");
    CHECK(three.band_of(15).name == "red");
  }
  SECTION("a gap over impossible scores only (7, 13, 14) is fine") {
    CHECK_NOTHROW(BandingPolicy{"gappy", Bands{{"a", 1, 6, "#000000"}, {"b", 8, 12, "#111111"}, {"c", 15, 25, "#222222"}}});
  }
  SECTION("a gap over a possible score is refused") {
    CHECK_THROWS_WITH((BandingPolicy{"x", Bands{{"low", 1, 3, "#00ff00"}, {"moderate", 5, 6, "#ffff00"}, {"high", 8, 25, "#ff0000"}}}),
                      Catch::Contains("the score 4 falls in no band"));
  }
  SECTION("overlapping or unordered bands are refused") {
    CHECK_THROWS_WITH((BandingPolicy{"x", Bands{{"low", 1, 6, "#00ff00"}, {"high", 6, 25, "#ff0000"}}}), Catch::Contains("overlaps"));
    CHECK_THROWS_WITH((BandingPolicy{"x", Bands{{"high", 8, 25, "#ff0000"}, {"low", 1, 6, "#00ff00"}}}), Catch::Contains("overlaps or precedes"));
  }
  SECTION("names and colours are checked") {
    CHECK_THROWS_WITH((BandingPolicy{"x", Bands{{"low", 1, 25, "red"}}}), Catch::Contains("expected #rrggbb"));
    CHECK_THROWS_WITH((BandingPolicy{"x", Bands{{"", 1, 25, "#ff0000"}}}), Catch::Contains("has no name"));
    CHECK_THROWS_WITH((BandingPolicy{"x", Bands{{"a", 1, 6, "#ff0000"}, {"A", 8, 25, "#ff0000"}}}), Catch::Contains("two bands"));
    CHECK_THROWS_WITH((BandingPolicy{"x", Bands{{"a", 0, 25, "#ff0000"}}}), Catch::Contains("within 1–25"));
    CHECK_THROWS_WITH((BandingPolicy{"x", Bands{}}), Catch::Contains("at least one band"));
  }
}
