// Risk registers: queries, validation rules and the seed's GPFV risks.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/io/svg_risk.hpp"
#include "commissioning/risk/register.hpp"
#include "commissioning/risk/rules.hpp"
#include "shared_data.hpp"

using namespace commissioning;

namespace {
RiskScore pi(int p, int i) { return RiskScore{Probability{p}, Impact{i}}; }

RiskEntry open_risk(std::string id, RiskScore current, Date review) {
  RiskEntry e;
  e.id = std::move(id);
  e.current = current;
  e.review_date = review;
  return e;
}

// A small register whose answers can be worked out by hand.
RiskRegister sample() {
  RiskRegister r;
  r.name = "Primary care risk register";
  r.appetite = 9;
  r.entries.push_back(open_risk("R1", pi(4, 5), Date{2018, 8, 1}));   // 20 extreme
  r.entries.push_back(open_risk("R2", pi(3, 4), Date{2018, 6, 1}));   // 12 high, review overdue by July
  r.entries.push_back(open_risk("R3", pi(4, 3), Date{2018, 9, 1}));   // 12 high
  r.entries.push_back(open_risk("R4", pi(1, 2), Date{2018, 9, 1}));   // 2 low
  r.entries.push_back(open_risk("R5", RiskScore::score_only(6), Date{2018, 9, 1}));  // moderate, unplaced
  auto closed = open_risk("R6", pi(5, 5), Date{2018, 1, 1});
  closed.status = RiskStatus::Closed;
  closed.status_reason = "transferred to the CCG register";
  closed.status_date = Date{2018, 5, 1};
  r.entries.push_back(closed);
  r.entries[0].history = {{Date{2018, 4, 1}, pi(3, 5), ""}, {Date{2018, 6, 1}, pi(4, 5), "worse"}};
  r.entries[1].history = {{Date{2018, 4, 1}, pi(4, 4), ""}};
  r.entries[2].history = {{Date{2018, 4, 1}, pi(4, 3), ""}};
  return r;
}

std::vector<std::string> ids(const std::vector<const RiskEntry*>& v) {
  std::vector<std::string> out;
  for (const auto* e : v) out.push_back(e->id);
  return out;
}
using S = std::vector<std::string>;
}  // namespace

TEST_CASE("register queries: by band, above appetite, overdue review, top risks") {
  const auto r = sample();
  CHECK(ids(risks_in_band(r, "high")) == S{"R2", "R3"});
  CHECK(ids(risks_in_band(r, "extreme")) == S{"R1"});  // R6 is closed
  CHECK(ids(risks_in_band(r, "moderate")) == S{"R5"});
  CHECK_THROWS_WITH(risks_in_band(r, "severe"), Catch::Contains("no band \"severe\""));
  CHECK(ids(risks_above_appetite(r)) == S{"R1", "R2", "R3"});
  CHECK(ids(overdue_reviews(r, Date{2018, 7, 3})) == S{"R2"});
  CHECK(ids(overdue_reviews(r, Date{2018, 8, 2})) == S{"R1", "R2"});
  CHECK(ids(top_risks(r, 3)) == S{"R1", "R2", "R3"});
  CHECK(counts_by_band(r) == std::vector<int>{1, 1, 2, 1});
  auto no_appetite = r;
  no_appetite.appetite.reset();
  CHECK(risks_above_appetite(no_appetite).empty());
}

TEST_CASE("trend since a date compares the current score with the history") {
  const auto r = sample();
  const auto t = trend_since(r, Date{2018, 5, 1});
  REQUIRE(t.size() == r.entries.size());
  CHECK(t[0].trend == Trend::Rising);  // 15 on 1 April → 20 now
  CHECK(t[0].then == 15);
  CHECK(t[1].trend == Trend::Falling);  // 16 → 12
  CHECK(t[2].trend == Trend::Steady);
  CHECK(t[3].trend == Trend::New);  // no history before the date
  // Since 1 June, R1's 20 was already recorded: steady.
  CHECK(trend_since(r, Date{2018, 6, 1})[0].trend == Trend::Steady);
  CHECK(trend_since(r, Date{2018, 3, 1})[0].trend == Trend::New);
}

TEST_CASE("the heat map counts open risks per cell and lists score-only risks beside it") {
  const auto m = heat_map(sample());
  CHECK(m.at(Probability{4}, Impact{5}) == 1);
  CHECK(m.at(Probability{3}, Impact{4}) == 1);
  CHECK(m.at(Probability{4}, Impact{3}) == 1);
  CHECK(m.at(Probability{1}, Impact{2}) == 1);
  CHECK(m.at(Probability{5}, Impact{5}) == 0);  // closed
  CHECK(m.placed() == 4);
  CHECK(m.score_only == std::map<int, int>{{6, 1}});
  CHECK(m.total() == 5);
}

TEST_CASE("the SVG heat map draws 25 cells coloured by the banding policy, with counts") {
  auto r = sample();
  const auto svg = io::heat_map_svg(r);
  CHECK(svg.rfind("<svg", 0) == 0);
  const std::regex cell(R"re(<rect x="\d+" y="\d+" width="80" height="80" fill="(#[0-9a-f]{6})")re");
  std::map<std::string, int> fills;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), cell); it != std::sregex_iterator(); ++it) ++fills[(*it)[1]];
  // NHS 5×5: low 1,2,2,3,3 (5 cells); moderate 4,4,4,5,5,6,6 (7); high 8,8,9,10,10,12,12 (7); extreme 15,15,16,20,20,25 (6)
  CHECK(fills == std::map<std::string, int>{{"#92d050", 5}, {"#ffff00", 7}, {"#ffc000", 7}, {"#ff0000", 6}});
  CHECK_THAT(svg, Catch::Contains("<title>P4 × I5 = 20 (extreme): 1 risk</title>"));
  CHECK_THAT(svg, Catch::Contains("score 6 (moderate): 1 risk"));
  // Another policy, other colours.
  r.banding = BandingPolicy{"two", {{"ok", 1, 9, "#0000ff"}, {"not ok", 10, 25, "#00ffff"}}};
  const auto svg2 = io::heat_map_svg(r);
  CHECK_THAT(svg2, Catch::Contains("fill=\"#00ffff\""));
  CHECK_THAT(svg2, !Catch::Contains("fill=\"#ff0000\""));
  r.name = "R&D <risks>";
  CHECK_THAT(io::heat_map_svg(r), Catch::Contains("R&amp;D &lt;risks&gt;"));
}

TEST_CASE("rule: risk ids are unique within a register") {
  auto r = sample();
  CHECK(rules::validate(r).count(rules::risk_ids_unique.id) == 0);
  r.entries[3].id = "R1";
  const auto report = rules::validate(r);
  REQUIRE(report.count(rules::risk_ids_unique.id) == 1);
  CHECK(report.diagnostics().front().path == "/entries/3/id");
}

TEST_CASE("rule: target <= current <= inherent, as a warning") {
  auto r = sample();
  r.entries[0].inherent = pi(5, 5);
  r.entries[0].target = pi(2, 5);
  CHECK(rules::validate(r).count(rules::risk_scores_ordered.id) == 0);
  r.entries[0].target = pi(5, 5);  // 25 > current 20
  auto report = rules::validate(r);
  CHECK(report.count(rules::risk_scores_ordered.id) == 1);
  CHECK(report.count(Severity::Error) == 0);
  r.entries[0].target = pi(1, 1);
  r.entries[0].inherent = pi(3, 5);  // 15 < current 20
  report = rules::validate(r);
  REQUIRE(report.count(rules::risk_scores_ordered.id) == 1);
  CHECK_THAT(report.diagnostics().front().message, Catch::Contains("current score 20 is above the inherent score 15"));
}

TEST_CASE("rule: a closed risk carries a reason and a date") {
  auto r = sample();
  CHECK(rules::validate(r).count(rules::risk_closed_has_reason.id) == 0);
  CHECK(rules::validate(r).count(rules::risk_closed_has_date.id) == 0);
  r.entries[5].status_reason = " ";
  r.entries[5].status_date.reset();
  const auto report = rules::validate(r);
  CHECK(report.count(rules::risk_closed_has_reason.id) == 1);
  CHECK(report.count(rules::risk_closed_has_date.id) == 1);
  CHECK(report.has_errors());
}

TEST_CASE("rule: an open risk's review date is not in the past as of a date") {
  auto r = sample();
  CHECK(rules::validate(r).count(rules::risk_review_not_overdue.id) == 0);  // no date to check against
  rules::RiskCheckOptions as_of_july;
  as_of_july.as_of = Date{2018, 7, 3};
  auto report = rules::validate(r, as_of_july);
  REQUIRE(report.count(rules::risk_review_not_overdue.id) == 1);  // R2; R6 is closed
  CHECK(report.diagnostics().front().path == "/entries/1/review_date");
  r.as_of = Date{2018, 5, 1};  // the register's own date is the default
  CHECK(rules::validate(r).count(rules::risk_review_not_overdue.id) == 0);
}

TEST_CASE("rule: owners resolve where a membership is given") {
  auto r = sample();
  r.entries[0].owner = Initials{"LM"};
  r.entries[1].actions.push_back(RiskAction{"chase NHSE", Initials{"MWo"}, Date{2018, 7, 1}, false});
  CHECK(rules::validate(r).count(rules::risk_owner_resolves.id) == 0);  // no membership: nothing to resolve against
  rules::RiskCheckOptions members;
  members.membership = std::vector<Initials>{Initials{"LM"}, Initials{"PD"}};
  const auto report = rules::validate(r, members);
  REQUIRE(report.count(rules::risk_owner_resolves.id) == 1);
  CHECK(report.diagnostics().front().path == "/entries/1/actions/0/owner");
  members.membership->push_back(Initials{"MWo"});
  CHECK(rules::validate(r, members).count(rules::risk_owner_resolves.id) == 0);
}

TEST_CASE("rule: an open risk has a score, and a score-only one is noted") {
  auto r = sample();
  CHECK(rules::validate(r).count(rules::risk_open_has_score.id) == 0);
  CHECK(rules::validate(r).count(rules::risk_score_only.id) == 1);  // R5
  r.entries[3].current.reset();
  CHECK(rules::validate(r).count(rules::risk_open_has_score.id) == 1);
}

TEST_CASE("rule: score history is in date order") {
  auto r = sample();
  CHECK(rules::validate(r).count(rules::risk_history_ordered.id) == 0);
  std::swap(r.entries[0].history[0], r.entries[0].history[1]);
  const auto report = rules::validate(r);
  REQUIRE(report.count(rules::risk_history_ordered.id) == 1);
  CHECK(report.diagnostics().front().path == "/entries/0/history/1/date");
}

TEST_CASE("the seed's GPFV risks: nine Extended Access and one Workforce, as the pack has them") {
  const auto r = fixtures::staffordshire_gpfv_risks();
  REQUIRE(r.entries.size() == 10);
  SECTION("ratings are the seed's, read from its table (seed 000 L1869–1878)") {
    const auto path = test_support::shared_file_or_skip("seeds/000_00ad4aa4a6f7b65a.txt");
    if (path.empty()) return;
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    for (int k = 2; k <= 9; ++k) {
      // Row k is the line of L1869–1878 that starts "k⇥" (row 6 runs on to L1875).
      std::string row;
      for (std::size_t n = 1869; n <= 1878; ++n)
        if (lines[n - 1].rfind(std::to_string(k) + "\t", 0) == 0) row = lines[n - 1];
      CAPTURE(k);
      REQUIRE_FALSE(row.empty());
      const auto cells = [&] {
        std::vector<std::string> c;
        std::size_t start = 0, tab;
        while ((tab = row.find('\t', start)) != std::string::npos) {
          c.push_back(row.substr(start, tab - start));
          start = tab + 1;
        }
        c.push_back(row.substr(start));
        return c;
      }();
      const auto& e = r.entries[static_cast<std::size_t>(k - 1)];
      CHECK(e.id == "EA" + std::to_string(k));
      CHECK(cells[1] == e.description);
      if (cells[2].empty()) CHECK_FALSE(e.current.has_value());
      else CHECK(e.current == RiskScore::score_only(std::stoi(cells[2])));
    }
  }
  SECTION("risk 7 is closed in prose, with no date") {
    const auto& ea7 = r.entries[6];
    CHECK(ea7.status == RiskStatus::Closed);
    CHECK(ea7.status_reason == "RISK NOW CLOSED DUE RECRUITMENT OF HEAD OF PRIMARY CARE COMMISSIONING IN POST");
    CHECK_FALSE(ea7.status_date.has_value());
  }
  SECTION("what the rules find, as of the 3 July 2018 meeting") {
    const auto report = rules::validate(r);
    CHECK(report.count(Severity::Error) == 0);
    CHECK(report.count(rules::risk_score_only.id) == 7);      // EA2–6, EA8, EA9
    CHECK(report.count(rules::risk_open_has_score.id) == 2);  // EA1, WF1
    CHECK(report.count(rules::risk_closed_has_date.id) == 1);  // EA7
    CHECK(report.count(rules::risk_review_not_overdue.id) == 9);  // no open risk has a review date
    CHECK(report.size() == 19);
  }
  SECTION("bands under the NHS default, and the heat map that cannot place them") {
    CHECK(counts_by_band(r) == std::vector<int>{0, 1, 5, 1});  // 6; 12 ×5; 20
    const auto m = heat_map(r);
    CHECK(m.placed() == 0);
    CHECK(m.score_only == std::map<int, int>{{6, 1}, {12, 5}, {20, 1}});
    CHECK(m.unscored == 2);
    const auto text = io::heat_map_text(r);
    CHECK_THAT(text, Catch::Contains("12 (high) ×5"));
    CHECK_THAT(text, Catch::Contains("no score given: 2"));
  }
}

TEST_CASE("the text heat map cuts long labels at a character boundary") {
  auto r = sample();
  r.scoring_key.impact = RiskScale{{{"Négligeable", ""}, {"Mineur", ""}, {"Modéré", ""}, {"Majeur", ""}, {"Catastrophique à l’échelle", ""}}};
  r.banding = BandingPolicy{"accents", {{"très élevé…", 1, 25, "#ff0000"}}};
  const auto text = io::heat_map_text(r);
  CHECK_THAT(text, Catch::Contains("5 Catastrophique à "));
  CHECK_THAT(text, Catch::Contains("très éle"));
  // Every byte sequence is whole UTF-8: no lead byte without its continuation bytes.
  for (std::size_t k = 0; k < text.size(); ++k) {
    const auto c = static_cast<unsigned char>(text[k]);
    const std::size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    for (std::size_t j = 1; j <= extra; ++j) {
      REQUIRE(k + j < text.size());
      CHECK((static_cast<unsigned char>(text[k + j]) & 0xC0) == 0x80);
    }
    k += extra;
  }
}
