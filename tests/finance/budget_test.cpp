// Budget reports, positions and money tables: checked construction and each reconciliation
// rule on small tables built for the purpose (the seed tables are in seed_reconciliation_test).
#include <catch2/catch.hpp>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/finance/reconciliation.hpp"
#include "commissioning/finance/rules.hpp"
#include "commissioning/rules.hpp"

using namespace commissioning;
using namespace commissioning::finance;

namespace {

BudgetFigures k6(std::array<std::string_view, 6> cells) { return parse_budget_figures(cells, MoneyUnit::Thousands); }
BudgetLine k_line(std::string name, std::array<std::string_view, 6> cells, LineKind kind = LineKind::Spend) {
  return BudgetLine(std::move(name), k6(cells), kind);
}
const FinancialMonth m2(FinancialYear{2018}, 2);

// A small delegated report that reconciles exactly: two core contracts, QOF standalone, one reserve.
BudgetReport small_report(std::array<std::string_view, 6> pms = {"100", "110", "10", "600", "610", "10"},
                          std::array<std::string_view, 6> core_subtotal = {"300", "310", "10", "1,800", "1,810", "10"},
                          std::array<std::string_view, 6> total = {"360", "360", "0", "2,200", "2,200", "0"}) {
  std::vector<BudgetSection> sections;
  sections.emplace_back("Core contracts",
                        std::vector<BudgetLine>{k_line("GMS", {"200", "200", "0", "1,200", "1,200", "0"}), k_line("PMS", pms)},
                        k6(core_subtotal));
  sections.emplace_back("Reserves",
                        std::vector<BudgetLine>{k_line("Other Uncommitted Reserves", {"10", "0", "-10", "100", "90", "-10"},
                                                       LineKind::Reserve)},
                        k6({"10", "0", "-10", "100", "90", "-10"}));
  return BudgetReport("Test CCG", m2, BudgetFamily::DelegatedPrimaryMedicalServices, MoneyUnit::Thousands,
                      std::move(sections), {k_line("QOF", {"50", "50", "0", "300", "300", "0"})}, k6(total));
}

std::size_t count(const Reconciliation& r, const Rule& rule) { return r.report.count(rule.id); }

}  // namespace

TEST_CASE("the finance rules are registered") {
  for (const auto* r : rules::finance_rules()) {
    INFO(r->id);
    CHECK(find_rule(r->id) == r);
  }
  CHECK(rules::finance_rules().size() == 19);
}

TEST_CASE("a budget line keeps its figures as printed, in one unit") {
  const auto l = k_line("CQC Fees", {"187", "186", "-0", "187", "187", "0"});
  CHECK(l.figures().ytd_variance.negative_zero());
  CHECK(l.figures()[BudgetColumn::YtdActual].value() == Money::from_pounds(186'000));
  CHECK(l.unit() == MoneyUnit::Thousands);
  auto mixed = k6({"1", "2", "1", "3", "3", "0"});
  mixed.forecast_outturn = parse_reported_amount("£3,000");
  CHECK_THROWS_AS(BudgetLine("Rents", mixed), std::invalid_argument);
  CHECK_THROWS_AS(BudgetLine("  ", k6({"1", "2", "1", "3", "3", "0"})), std::invalid_argument);
}

TEST_CASE("a line named for a percentage declares it") {
  CHECK(k_line("0.5% Contingency", {"0", "0", "0", "197", "197", "0"}).declared_percentage() ==
        Percentage::from_basis_points(50));
  CHECK_FALSE(k_line("Contingency", {"0", "0", "0", "197", "197", "0"}).declared_percentage());
}

TEST_CASE("a section refuses a repeated line and a subtotal with no lines") {
  const auto gms = k_line("GMS", {"1", "1", "0", "1", "1", "0"});
  CHECK_THROWS_WITH(BudgetSection("Core contracts", {gms, gms}), Catch::Contains("has the line \"GMS\" twice"));
  CHECK_THROWS_WITH(BudgetSection("Core contracts", {}, k6({"1", "1", "0", "1", "1", "0"})),
                    Catch::Contains("subtotal row but no lines"));
}

TEST_CASE("a budget report refuses a total with no lines, repeated sections and figures in another unit") {
  CHECK_THROWS_WITH(BudgetReport("X CCG", m2, BudgetFamily::DelegatedPrimaryMedicalServices, MoneyUnit::Thousands, {}, {},
                                 k6({"1", "1", "0", "1", "1", "0"})),
                    Catch::Contains("total row but no lines"));
  const BudgetSection s("Premises", {k_line("Rents", {"1", "1", "0", "1", "1", "0"})});
  CHECK_THROWS_WITH(BudgetReport("X CCG", m2, BudgetFamily::DelegatedPrimaryMedicalServices, MoneyUnit::Thousands, {s, s},
                                 {}, std::nullopt),
                    Catch::Contains("appears twice"));
  CHECK_THROWS_AS(BudgetReport("X CCG", m2, BudgetFamily::DelegatedPrimaryMedicalServices, MoneyUnit::Millions, {s}, {},
                               std::nullopt),
                  std::invalid_argument);
}

TEST_CASE("a narrative figure must point at a cell the report has") {
  auto r = small_report();
  CHECK_THROWS_AS(r.add_narrative(NarrativeFigure{"x", "test", parse_reported_amount("£1k"), NarrativeSense::AsPrinted,
                                                  "Premises", "", BudgetColumn::YtdBudget}),
                  std::invalid_argument);
  CHECK_NOTHROW(r.add_narrative(NarrativeFigure{"x", "test", parse_reported_amount("£1k"), NarrativeSense::AsPrinted,
                                                "Core contracts", "PMS", BudgetColumn::YtdBudget}));
}

TEST_CASE("a report that adds up gives only exact checks") {
  const auto r = reconcile(small_report());
  // 4 lines × 2 variances, 2 subtotals × (2 variances + 6 sums), the total × (2 + 6).
  CHECK(r.checks.size() == 4 * 2 + 2 * 8 + 8);
  CHECK(r.exact_count() == r.checks.size());
  CHECK_FALSE(r.report.has_errors());
}

TEST_CASE("finance.budget.variance: a variance must be actual minus budget") {
  // PMS YTD variance printed 12 where 110 − 100 = 10; subtotal and total left as printed.
  const auto r = reconcile(small_report({"100", "110", "12", "600", "610", "10"}));
  REQUIRE(count(r, rules::finance::variance) == 1);
  const auto& d = r.report.diagnostics().front();
  CHECK(d.path == "/sections/0/lines/1/ytd_variance");
  CHECK_THAT(d.message, Catch::Contains("Core contracts / PMS, YTD variance") && Catch::Contains("off by 2") &&
                            Catch::Contains("tolerance ±£1,000.00"));
}

TEST_CASE("a drift of one unit in a £'000s table is within the default tolerance, not exact") {
  const auto r = reconcile(small_report({"100", "110", "11", "600", "610", "10"}));
  CHECK(r.report.count(rules::finance::variance.id) == 0);
  CHECK(r.inexact_count() >= 1);
  CHECK(r.outside_tolerance_count() == 0);
  const auto strict = reconcile(small_report({"100", "110", "11", "600", "610", "10"}), ReconciliationPolicy::exact());
  CHECK(strict.report.count(rules::finance::variance.id) >= 1);
}

TEST_CASE("finance.budget.subtotal: a section subtotal must equal the sum of its lines") {
  const auto r = reconcile(small_report({"100", "110", "10", "600", "610", "10"}, {"305", "310", "5", "1,800", "1,810", "10"},
                                        {"365", "360", "-5", "2,200", "2,200", "0"}));
  CHECK(count(r, rules::finance::subtotal) == 2);  // YTD budget and YTD variance
  CHECK(count(r, rules::finance::variance) == 0);
}

TEST_CASE("finance.budget.total: the total must equal the subtotals plus the standalone lines") {
  const auto r = reconcile(small_report({"100", "110", "10", "600", "610", "10"}, {"300", "310", "10", "1,800", "1,810", "10"},
                                        {"360", "360", "0", "2,210", "2,210", "0"}));
  CHECK(count(r, rules::finance::total) == 2);  // forecast budget and forecast outturn
  for (const auto& d : r.report.diagnostics())
    if (d.rule_id == rules::finance::total.id) CHECK_THAT(d.message, Catch::Contains("off by 10"));
}

TEST_CASE("finance.budget.forecast-below-ytd: a spend line cannot forecast less than it has spent") {
  std::vector<BudgetSection> s;
  s.emplace_back("Enhanced Services",
                 std::vector<BudgetLine>{k_line("Near Patient Testing", {"0", "5", "5", "0", "0", "0"}),
                                         k_line("Held back", {"10", "0", "-10", "60", "0", "-60"}, LineKind::Reserve)});
  const BudgetReport r("X CCG", m2, BudgetFamily::OtherPrimaryCareCommissioning, MoneyUnit::Thousands, s, {}, std::nullopt);
  const auto rec = reconcile(r);
  REQUIRE(count(rec, rules::finance::forecast_below_ytd) == 1);  // the reserve line is not a spend line
  CHECK(rec.report.diagnostics().front().severity == Severity::Warning);
}

TEST_CASE("finance.budget.break-even-by-reserves: releasing reserves to break even is surfaced") {
  const auto rec = reconcile(small_report());
  REQUIRE(count(rec, rules::finance::break_even_by_reserves) == 1);
  const auto a = analyse_reserves(small_report());
  CHECK(a.pressure_total() == Money::from_pounds(10'000));
  CHECK(a.release_total() == Money::from_pounds(-10'000));
  // No reserve released: nothing to surface.
  std::vector<BudgetSection> s;
  s.emplace_back("Core contracts", std::vector<BudgetLine>{k_line("GMS", {"1", "1", "0", "6", "6", "0"})});
  const BudgetReport plain("X CCG", m2, BudgetFamily::DelegatedPrimaryMedicalServices, MoneyUnit::Thousands, s, {},
                           k6({"1", "1", "0", "6", "6", "0"}));
  CHECK(count(reconcile(plain), rules::finance::break_even_by_reserves) == 0);
}

TEST_CASE("finance.budget.percentage-line: a 0.5% line is checked against the declared base") {
  std::vector<BudgetSection> s;
  s.emplace_back("Reserves", std::vector<BudgetLine>{k_line("0.5% Contingency", {"0", "0", "0", "197", "197", "0"},
                                                            LineKind::Reserve)});
  BudgetReport r("X CCG", m2, BudgetFamily::DelegatedPrimaryMedicalServices, MoneyUnit::Thousands, s, {}, std::nullopt);
  CHECK(count(reconcile(r), rules::finance::percentage_base_missing) == 1);
  r.set_percentage_base(PercentageBase{parse_reported_amount("39,400", MoneyUnit::Thousands), "allocation"});
  CHECK(count(reconcile(r), rules::finance::percentage_line) == 0);  // 0.5% of 39,400 = 197
  // Seed 000 A1: 0.5% of the printed FY budget total 39,081 is 195.4, not 197.
  r.set_percentage_base(PercentageBase{parse_reported_amount("39,081", MoneyUnit::Thousands), "A1 forecast budget total"});
  const auto rec = reconcile(r);
  REQUIRE(count(rec, rules::finance::percentage_line) == 1);
  CHECK_THAT(rec.report.diagnostics().front().message, Catch::Contains("195.405"));
}

TEST_CASE("finance.narrative.matches-table: a quoted figure must match its cell, sign included") {
  auto r = small_report();
  r.add_narrative(NarrativeFigure{"reserves of £100k", "test", parse_reported_amount("£100k"), NarrativeSense::AsPrinted,
                                  "Reserves", "", BudgetColumn::ForecastBudget});
  r.add_narrative(NarrativeFigure{"an overspend of £10k", "test", parse_reported_amount("£10k"), NarrativeSense::Negative,
                                  "Core contracts", "PMS", BudgetColumn::YtdVariance});
  const auto rec = reconcile(r);
  REQUIRE(count(rec, rules::finance::narrative) == 1);
  CHECK(rec.report.diagnostics().back().path == "/narrative/1");
  CHECK_THAT(rec.report.diagnostics().back().message, Catch::Contains("says -10 but the table prints 10"));
}

TEST_CASE("finance.position: variance, combined row and control total") {
  using C = BudgetColumn;
  const auto k = [](std::string_view s) { return parse_reported_amount(s, MoneyUnit::Thousands); };
  PositionTable t("test", m2, MoneyUnit::Thousands, {C::ForecastBudget, C::ForecastOutturn, C::ForecastVariance},
                  {PositionRow{"A CCG", {k("-800"), k("-700"), k("100")}, k("-800")},
                   PositionRow{"B CCG", {k("-100"), k("-100"), k("5")}, std::nullopt}},
                  PositionRow{"Combined", {k("-900"), k("-810"), k("105")}, std::nullopt});
  const auto rec = reconcile(t);
  CHECK(count(rec, rules::finance::position_variance) == 2);  // B's 5, and the combined 105 against −810 − −900 = 90
  CHECK(count(rec, rules::finance::position_combined) == 1);  // outturn −810 against −800
  CHECK(count(rec, rules::finance::control_total) == 1);      // A forecasts −700 against a control total of −800
  CHECK_THROWS_AS(PositionTable("t", m2, MoneyUnit::Thousands, {C::YtdVariance}, {PositionRow{"A", {}, std::nullopt}},
                                std::nullopt),
                  std::invalid_argument);
}

TEST_CASE("finance.table.total: a money table's total row is the sum of its rows") {
  const auto u = MoneyUnit::Thousands;
  const AmountTable t("t", u, {"Stoke", "NS"},
                      {AmountRow{"a", "", {parse_amount_cell("1", u), parse_amount_cell("2", u)}},
                       AmountRow{"b", "", {parse_amount_cell("3", u), parse_amount_cell("4", u)}}},
                      std::vector<AmountCell>{parse_amount_cell("4", u), parse_amount_cell("9", u)});
  const auto rec = reconcile(t);
  REQUIRE(count(rec, rules::finance::table_total) == 1);
  CHECK(rec.report.diagnostics().front().path == "/total/1");
}

TEST_CASE("a money cell keeps compound and confidential amounts") {
  const auto c = parse_amount_cell("230,000 plus £153,000 arrears", MoneyUnit::Pounds);
  CHECK(c.parts.size() == 2);
  CHECK(c.value() == Money::from_pounds(383'000));
  CHECK(parse_amount_cell("£40,000*", MoneyUnit::Pounds).confidential);
  CHECK(parse_amount_cell("", MoneyUnit::Pounds).blank());
  CHECK_THROWS_AS(parse_amount_cell("£40,0000", MoneyUnit::Pounds), ParseError);
  CHECK_THROWS_WITH(parse_amount_cell("12 34", MoneyUnit::Pounds), Catch::Contains("a second figure"));
  CHECK(parse_amount_cell("£153,000 arrears", MoneyUnit::Pounds).value() == Money::from_pounds(153'000));
}

TEST_CASE("in_unit prints money in a table's unit") {
  CHECK(in_unit(Money::from_pounds(-1'000), MoneyUnit::Thousands) == "-1");
  CHECK(in_unit(Money::from_pounds(1'427'000), MoneyUnit::Thousands) == "1,427");
  CHECK(in_unit(Money::from_pence(19'540'500), MoneyUnit::Thousands) == "195.405");
}
