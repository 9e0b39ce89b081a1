// The population entities as specifications: practices, the dated organisation hierarchy
// (mergers, the July 2022 CCG → ICB change, as-was and as-is), population tables, age
// bands, weights and per-head allocation.
#include <catch2/catch.hpp>

#include <numeric>

#include "commissioning/finance/funding.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/fixtures/site_populations.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/population/aggregate.hpp"
#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/practice.hpp"
#include "commissioning/population/rules.hpp"
#include "commissioning/population/weights.hpp"
#include "commissioning/rules.hpp"

using namespace commissioning;

TEST_CASE("a practice is made with checked code and name and knows when it is open") {
  const auto p = make_practice("A81001", "THE DENSHAM SURGERY", "TS18 1HU", PracticeStatus::Active, Date(1974, 4, 1),
                               std::nullopt, PrescribingSetting::GpPractice);
  CHECK(p.open_on(Date(2020, 1, 1)));
  CHECK_FALSE(p.open_on(Date(1970, 1, 1)));
  CHECK_THROWS_WITH(make_practice("05W", "X", "", PracticeStatus::Active, {}, {}, PrescribingSetting::GpPractice),
                    Catch::Contains("practice.code"));
  CHECK_THROWS_WITH(make_practice("A81001", " ", "", PracticeStatus::Active, {}, {}, PrescribingSetting::GpPractice),
                    Catch::Contains("practice.name"));
  auto closed = p;
  closed.closed = Date(2017, 10, 31);
  CHECK_FALSE(closed.open_on(Date(2017, 11, 1)));
}

TEST_CASE("practice statuses and prescribing settings read the ODS codes") {
  CHECK(parse_practice_status("A") == PracticeStatus::Active);
  CHECK(parse_practice_status("C") == PracticeStatus::Closed);
  CHECK(parse_practice_status("D") == PracticeStatus::Dormant);
  CHECK(parse_practice_status("P") == PracticeStatus::Proposed);
  CHECK_THROWS_AS(parse_practice_status("X"), ParseError);
  CHECK(parse_prescribing_setting("4") == PrescribingSetting::GpPractice);
  CHECK(parse_prescribing_setting("25") == PrescribingSetting::Prison);
  CHECK(parse_prescribing_setting("prison") == PrescribingSetting::Prison);
  CHECK_THROWS_WITH(parse_prescribing_setting("23"), Catch::Contains("not an ODS prescribing setting"));
}

TEST_CASE("practice rules: closing before opening, and status against close date") {
  auto p = make_practice("A81003", "VICTORIA MEDICAL PRACTICE", "TS26 8DB", PracticeStatus::Closed, Date(1974, 4, 1),
                         Date(2017, 10, 31), PrescribingSetting::GpPractice);
  ValidationReport ok;
  rules::check(p, "practice", ok);
  CHECK(ok.empty());
  p.closed = Date(1970, 1, 1);
  ValidationReport backwards;
  rules::check(p, "practice", backwards);
  CHECK(backwards.count("population.practice.dates") == 1);
  p.closed.reset();
  ValidationReport no_date;
  rules::check(p, "practice", no_date);
  CHECK(no_date.count("population.practice.closed-has-date") == 1);
}

TEST_CASE("every population rule is registered once") {
  for (const Rule* r : rules::population_rules()) {
    CAPTURE(r->id);
    CHECK(find_rule(r->id) == r);
  }
}

namespace {
OdsCode c(const char* s) { return OdsCode(s); }
}  // namespace

TEST_CASE("a practice's parent is asked as of a date: a practice moving CCG") {
  OrganisationHierarchy h;
  h.add({c("A81001"), c("00K"), OrgLevel::SubIcb, Date(2013, 4, 1), Date(2019, 3, 31)});
  h.add({c("A81001"), c("00M"), OrgLevel::SubIcb, Date(2019, 4, 1), std::nullopt});
  CHECK(h.parent(c("A81001"), OrgLevel::SubIcb, Date(2019, 3, 31)) == c("00K"));
  CHECK(h.parent(c("A81001"), OrgLevel::SubIcb, Date(2019, 4, 1)) == c("00M"));
  CHECK_FALSE(h.parent(c("A81001"), OrgLevel::SubIcb, Date(2013, 3, 31)));
  // One CCG at a time.
  CHECK_THROWS_WITH(h.add({c("A81001"), c("00C"), OrgLevel::SubIcb, Date(2019, 1, 1), std::nullopt}),
                    Catch::Contains("one sub-icb parent at a time"));
  CHECK_THROWS_WITH(h.add({c("A81002"), c("00C"), OrgLevel::SubIcb, Date(2019, 1, 1), Date(2018, 1, 1)}),
                    Catch::Contains("before it joins"));
  CHECK_THROWS_WITH(h.add({c("00C"), c("A81002"), OrgLevel::Practice, Date(2019, 1, 1), std::nullopt}),
                    Catch::Contains("cannot have a parent"));
}

TEST_CASE("ancestors walk up through PCN, CCG, STP/ICB and region") {
  OrganisationHierarchy h;
  h.add({c("A81001"), c("U12345"), OrgLevel::Pcn, Date(2019, 7, 1), std::nullopt});
  h.add({c("U12345"), c("00K"), OrgLevel::SubIcb, Date(2019, 7, 1), std::nullopt});
  h.add({c("A81002"), c("00K"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  h.add({c("00K"), c("QHM"), OrgLevel::Icb, Date(2016, 4, 1), std::nullopt});
  h.add({c("QHM"), c("Y63"), OrgLevel::Region, Date(2016, 4, 1), std::nullopt});
  const Date d(2020, 1, 1);
  CHECK(h.ancestor(c("A81001"), OrgLevel::SubIcb, d) == c("00K"));
  CHECK(h.ancestor(c("A81001"), OrgLevel::Region, d) == c("Y63"));
  CHECK(h.ancestor(c("A81002"), OrgLevel::Icb, d) == c("QHM"));  // no PCN: straight to the CCG
  CHECK_FALSE(h.ancestor(c("A81001"), OrgLevel::Pcn, Date(2019, 6, 30)));
  CHECK(h.children(c("00K"), d) == std::vector<OdsCode>{c("A81002"), c("U12345")});
}

TEST_CASE("CCG mergers: new code, and a merged CCG keeping one old code") {
  // Real April 2020 merger (shared/data/real: 00C, 00K, 00M practices are under 16C in the
  // January 2021 registrations file).
  OrganisationHierarchy h;
  h.add({c("A81001"), c("00K"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  h.add({c("A81005"), c("00M"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  h.add({c("A83001"), c("00C"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  const std::array preds{c("00C"), c("00K"), c("00M")};
  h.merge(preds, c("16C"), OrgLevel::SubIcb, Date(2020, 4, 1));
  CHECK(h.parent(c("A81001"), OrgLevel::SubIcb, Date(2020, 3, 31)) == c("00K"));
  CHECK(h.parent(c("A81001"), OrgLevel::SubIcb, Date(2020, 4, 1)) == c("16C"));
  CHECK(h.children(c("16C"), Date(2020, 4, 1)).size() == 3);
  CHECK(h.successor_of(c("00M"), Date(2021, 1, 1)) == c("16C"));
  CHECK(h.successor_of(c("00M"), Date(2020, 3, 31)) == c("00M"));

  // Illustrative: three CCGs merge and the merged CCG keeps the code of one of them.
  OrganisationHierarchy k;
  k.add({c("B81001"), c("02N"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  k.add({c("B82001"), c("02W"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  k.add({c("02W"), c("QWO"), OrgLevel::Icb, Date(2016, 4, 1), std::nullopt});
  k.add({c("02N"), c("QWO"), OrgLevel::Icb, Date(2016, 4, 1), std::nullopt});
  const std::array keep{c("02N"), c("02W")};
  k.merge(keep, c("02W"), OrgLevel::SubIcb, Date(2020, 4, 1));
  CHECK(k.parent(c("B81001"), OrgLevel::SubIcb, Date(2020, 4, 1)) == c("02W"));
  CHECK(k.parent(c("B82001"), OrgLevel::SubIcb, Date(2020, 4, 1)) == c("02W"));  // untouched
  CHECK(k.parent(c("B82001"), OrgLevel::SubIcb, Date(2015, 1, 1)) == c("02W"));
  CHECK(k.parent(c("B81001"), OrgLevel::SubIcb, Date(2015, 1, 1)) == c("02N"));
  CHECK(k.ancestor(c("B81001"), OrgLevel::Icb, Date(2021, 1, 1)) == c("QWO"));  // via the surviving code
  CHECK_FALSE(k.parent(c("02N"), OrgLevel::Icb, Date(2021, 1, 1)));             // 02N itself is gone
  REQUIRE(k.successions().size() == 1);
  CHECK(k.successions()[0] == Succession{c("02N"), c("02W"), Date(2020, 4, 1)});
}

TEST_CASE("1 July 2022: CCGs become sub-ICB locations of ICBs, same codes, new parents and names") {
  OrganisationHierarchy h;
  h.add({c("M83001"), c("05W"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  h.add({c("05W"), c("QNC"), OrgLevel::Icb, Date(2016, 4, 1), Date(2022, 6, 30)});  // the STP
  h.add({c("05W"), c("QNC"), OrgLevel::Icb, icb_establishment_date(), std::nullopt});  // the ICB
  CHECK(level_name(OrgLevel::SubIcb, Date(2022, 6, 30)) == "CCG");
  CHECK(level_name(OrgLevel::SubIcb, Date(2022, 7, 1)) == "sub-ICB location");
  CHECK(level_name(OrgLevel::Icb, Date(2022, 6, 30)) == "STP");
  CHECK(level_name(OrgLevel::Icb, Date(2022, 7, 1)) == "ICB");
  CHECK(h.ancestor(c("M83001"), OrgLevel::Icb, Date(2022, 6, 30)) == c("QNC"));
  CHECK(h.ancestor(c("M83001"), OrgLevel::Icb, Date(2022, 7, 1)) == c("QNC"));
  CHECK(parse_org_level("sub_icb_location") == OrgLevel::SubIcb);
  CHECK(parse_org_level("STP") == OrgLevel::Icb);
}

namespace {
PopulationTable small_table() {
  PopulationTable t(AgeResolution::TotalOnly, {Sex::Persons});
  t.add({c("A81001"), c("00K"), "E38000001", "TS18 1HU"}, std::array<std::uint32_t, 1>{1000});
  t.add({c("A81003"), c("00K"), "E38000001", "TS26 8DB"}, std::array<std::uint32_t, 1>{500});
  t.add({c("A81005"), c("00M"), "E38000002", "TS3 6AL"}, std::array<std::uint32_t, 1>{200});
  return t;
}
}  // namespace

TEST_CASE("as was and as is: a closed practice and a merger restated under today's parents") {
  OrganisationHierarchy h;
  h.add({c("A81001"), c("00K"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  h.add({c("A81003"), c("00K"), OrgLevel::SubIcb, Date(2013, 4, 1), Date(2017, 10, 31)});  // closed
  h.add({c("A81005"), c("00M"), OrgLevel::SubIcb, Date(2013, 4, 1), std::nullopt});
  const std::array preds{c("00K"), c("00M")};
  h.merge(preds, c("16C"), OrgLevel::SubIcb, Date(2020, 4, 1));
  const auto t = small_table();
  const std::vector<std::pair<Date, gsl::not_null<const PopulationTable*>>> months{{Date(2017, 1, 1), &t}};
  const auto was = aggregate_series(months, h, OrgLevel::SubIcb, HistoryView::AsWas, Date(2021, 1, 1));
  REQUIRE(was.size() == 2);
  CHECK(was[0].group == "00K");
  CHECK(was[0].patients == 1500);
  CHECK(was[1].group == "00M");
  const auto is = aggregate_series(months, h, OrgLevel::SubIcb, HistoryView::AsIs, Date(2021, 1, 1));
  REQUIRE(is.size() == 1);
  CHECK(is[0].group == "16C");
  CHECK(is[0].patients == 1700);  // the closed practice included
  CHECK(is[0].practices == 3);
  // A practice the hierarchy does not know is reported, not dropped.
  OrganisationHierarchy empty;
  const auto none = summarise(t, empty, OrgLevel::SubIcb, Date(2021, 1, 1));
  REQUIRE(none.size() == 1);
  CHECK(none[0].code == unmapped_group);
  CHECK(none[0].patients == 1700);
}

TEST_CASE("age bins, labels and bands") {
  CHECK(age_label(AgeResolution::SingleYear, 0) == "0");
  CHECK(age_label(AgeResolution::SingleYear, 95) == "95+");
  CHECK(age_label(AgeResolution::Quinary, 1) == "5_9");
  CHECK(age_label(AgeResolution::Quinary, 19) == "95+");
  CHECK(parse_age_band("0-4") == AgeBand{0, 4});
  CHECK(parse_age_band("75+") == AgeBand{75, 95});
  CHECK(parse_age_band("37") == AgeBand{37, 37});
  CHECK_THROWS_AS(parse_age_band("9-5"), ParseError);
  CHECK_THROWS_AS(parse_age_band("95"), ParseError);
  CHECK(quinary_bands().size() == 20);
  CHECK(prescribing_bands().size() == 9);
  CHECK(prescribing_bands()[1] == AgeBand{5, 14});
  CHECK(to_string(prescribing_bands()[8]) == "75+");
}

TEST_CASE("a population table is column-wise with checked totals") {
  fixtures::SyntheticOptions o;
  o.practices = 50;
  const auto t = fixtures::synthetic_population(o);
  REQUIRE(t.practices() == 50);
  CHECK(t.has_male_female());
  // Totals computed here from the columns, independently of total().
  std::uint64_t sum = 0;
  for (const Sex s : {Sex::Male, Sex::Female})
    for (int b = 0; b < t.bins(); ++b)
      for (const auto v : t.column(s, b)) sum += v;
  CHECK(t.total() == sum);
  CHECK(t.total(Sex::Persons) == t.total(Sex::Male) + t.total(Sex::Female));
  // Bands regroup the same people.
  const auto quinary = t.by_band(quinary_bands(), Sex::Persons);
  const auto prescribing = t.by_band(prescribing_bands(), Sex::Persons);
  CHECK(std::accumulate(quinary.begin(), quinary.end(), std::uint64_t{0}) == sum);
  CHECK(std::accumulate(prescribing.begin(), prescribing.end(), std::uint64_t{0}) == sum);
  CHECK(prescribing[0] == quinary[0]);  // 0–4 is in both
  const auto q = t.to_quinary();
  CHECK(q.total() == sum);
  CHECK(q.by_band(prescribing_bands(), Sex::Persons) == prescribing);
  // A quinary table regroups into wider bands but cannot be split into narrower ones.
  const std::array<AgeBand, 1> split{AgeBand{0, 2}};
  CHECK_THROWS_WITH(q.by_band(split, Sex::Male), Catch::Contains("splits"));
  // Checked construction.
  PopulationTable bad(AgeResolution::Quinary, {Sex::Persons});
  std::vector<std::uint32_t> counts(20, 1);
  CHECK_THROWS_WITH(bad.add({c("A81001"), {}, "", ""}, std::array<std::uint32_t, 1>{21}, counts), Catch::Contains("add up to 20"));
  bad.add({c("A81001"), {}, "", ""}, std::array<std::uint32_t, 1>{20}, counts);
  CHECK_THROWS_WITH(bad.add({c("A81001"), {}, "", ""}, std::array<std::uint32_t, 1>{20}, counts), Catch::Contains("twice"));
  CHECK_THROWS_AS(PopulationTable(AgeResolution::Quinary, {Sex::Male, Sex::Male}), std::invalid_argument);
}

TEST_CASE("summaries by practice, commissioner and nationally") {
  const auto t = small_table();
  const auto by_ccg = summarise(t, GroupBy::Commissioner);
  REQUIRE(by_ccg.size() == 2);
  CHECK(by_ccg[0] == GroupTotal{"00K", 2, 1500, std::nullopt, std::nullopt, std::nullopt});
  CHECK(by_ccg[1].patients == 200);
  const auto national = summarise(t, GroupBy::National);
  REQUIRE(national.size() == 1);
  CHECK(national[0].patients == 1700);
  CHECK(summarise(t, GroupBy::Practice).size() == 3);
}

TEST_CASE("weights: documented bands, no gaps or overlaps, weighted and normalised populations") {
  const auto w = fixtures::illustrative_weights();
  CHECK_THAT(w.source(), Catch::StartsWith("illustrative"));
  CHECK(w.weight(Sex::Male, 0) == 1.60);
  CHECK(w.weight(Sex::Female, 95) == 3.10);
  CHECK_THROWS_WITH(AgeSexWeights("", {{Sex::Persons, {0, 95}, 1.0}}), Catch::Contains("source"));
  CHECK_THROWS_WITH(AgeSexWeights("x", {{Sex::Persons, {0, 50}, 1.0}}), Catch::Contains("gap"));
  CHECK_THROWS_WITH(AgeSexWeights("x", {{Sex::Persons, {0, 50}, 1.0}, {Sex::Persons, {50, 95}, 1.0}}),
                    Catch::Contains("overlap"));
  CHECK_THROWS_WITH(AgeSexWeights("x", {{Sex::Persons, {0, 95}, -1.0}}), Catch::Contains("non-negative"));
  CHECK_THROWS_WITH(AgeSexWeights("x", {{Sex::Male, {0, 95}, 1.0}}), Catch::Contains("male and female"));

  fixtures::SyntheticOptions o;
  o.practices = 20;
  const auto t = fixtures::synthetic_population(o);
  const auto weighted = weighted_population(t, w);
  // Σ count × weight, computed here cell by cell.
  double expected0 = 0;
  for (const Sex s : {Sex::Male, Sex::Female})
    for (int a = 0; a < single_year_bins; ++a) expected0 += t.count(0, s, a) * w.weight(s, a);
  CHECK(weighted[0] == Approx(expected0));
  const auto normalised = weighted_population(t, w, true);
  CHECK(std::accumulate(normalised.begin(), normalised.end(), 0.0) == Approx(static_cast<double>(t.total())));
  // Unit weights give the registered count back.
  const AgeSexWeights unit("illustrative: unit", {{Sex::Persons, {0, 95}, 1.0}});
  CHECK(weighted_population(t, unit)[3] == Approx(static_cast<double>(t.total(3))));
  CHECK_THROWS_WITH(weighted_population(small_table(), w), Catch::Contains("totals only"));
  // Quinary tables need weights whose bands do not split a quinary bin.
  const AgeSexWeights odd("illustrative: odd", {{Sex::Persons, {0, 2}, 1.0}, {Sex::Persons, {3, 95}, 2.0}});
  CHECK_THROWS_WITH(weighted_population(t.to_quinary(), odd), Catch::Contains("split"));
}

TEST_CASE("per-head allocation: finance's per-head funding on a population that says its basis") {
  // Seed 000 L1870: "£3.34 and £6 a head" on registered versus weighted populations.
  const auto rate = parse_per_head_rate("£3.34 a head");
  const auto registered = registered_figure(10000, Date(2021, 1, 1), "NHS Digital registrations, January 2021");
  CHECK(registered.basis() == PopulationBasis::RawRegistered);
  CHECK(finance::per_head_funding(rate, registered) == Money::from_pence(3340000));
  const auto weighted = weighted_figure(10000.5, Date(2021, 1, 1), "illustrative weights");
  CHECK(weighted.people() == 10001);
  CHECK(weighted.basis() == PopulationBasis::CcgWeighted);
  CHECK(finance::per_head_funding(rate, weighted) == Money::from_pence(334 * 10001));
  CHECK_THROWS_AS(weighted_figure(-1.0, std::nullopt, ""), std::invalid_argument);
}

TEST_CASE("the synthetic England is deterministic and England-like") {
  fixtures::SyntheticOptions o;  // 6,600 practices
  const auto a = fixtures::synthetic_population(o);
  CHECK(a.practices() == 6600);
  const auto ccgs = summarise(a, GroupBy::Commissioner);
  CHECK(ccgs.size() >= 130);
  CHECK(ccgs.size() <= 140);
  const double mean = static_cast<double>(a.total()) / 6600.0;
  CHECK(mean > 7000);
  CHECK(mean < 11000);  // England: 60.6 million in 6,658 practices in January 2021
  fixtures::SyntheticOptions small;
  small.practices = 30;
  CHECK(fixtures::synthetic_population(small) == fixtures::synthetic_population(small));
  small.seed = 2;
  fixtures::SyntheticOptions other = small;
  other.seed = 3;
  CHECK_FALSE(fixtures::synthetic_population(small) == fixtures::synthetic_population(other));
  CHECK_THROWS_AS(fixtures::synthetic_population({1, 0, 1, Date(2021, 1, 1)}), std::invalid_argument);
}

TEST_CASE("seed 000 social prescribing sites: the practice table against the totals the paper states") {
  const auto c = fixtures::social_prescribing_sites();
  // L1063–1086: 20 practices in 8 sites, 140,411 patients in all (computed here from the rows).
  std::size_t practices = 0;
  std::int64_t all = 0, phase1 = 0;
  for (const auto& s : c.sites) {
    practices += s.practices.size();
    for (const auto& p : s.practices) {
      all += p.population;
      if (s.phase == "1") phase1 += p.population;
    }
  }
  CHECK(c.sites.size() == 8);
  CHECK(practices == 20);
  CHECK(all == 140411);
  CHECK(phase1 == 52146);
  ValidationReport report;
  rules::check(c, "sites", report);
  // Meir's second figure (L1065 "20,733") is not its practices' sum (26,755).
  CHECK(report.count("population.site.total-matches") == 1);
  // Phase 1 is stated as 52,236 (L1060), 90 more than the table; "phases 1 and 2 … 140,411"
  // is the table's total only with Leek, which runs separately (L1058).
  CHECK(report.count("population.site.phase-total-matches") == 2);
  CHECK_THAT(to_string(report.diagnostics().back()), Catch::Contains("with Leek"));
  CHECK(report.count(Severity::Error) == 0);
  // A table whose figures agree has nothing to report.
  SiteCoverage clean;
  clean.sites = {{"Middleport", "1", {{4572, "Total Population 4572", "L1073"}}, {make_site_practice("Middleport Medical Centre", 4572, "To be developed")}}};
  clean.phase_totals = {{{"1"}, {4572, "4572", ""}}};
  ValidationReport none;
  rules::check(clean, "sites", none);
  CHECK(none.empty());
  CHECK_THROWS_AS(make_site_practice("", 1, ""), std::invalid_argument);
  CHECK_THROWS_AS(make_site_practice("X", -1, ""), std::invalid_argument);
  CHECK_THROWS_AS(make_site_practice("X", 100'000'001, ""), std::invalid_argument);
}
