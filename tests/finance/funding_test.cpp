// Populations with a basis, per-head funding and its shortfall between bases (seed 000 R19),
// funding streams, and staffing cost lines.
#include <catch2/catch.hpp>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/finance/reconciliation.hpp"
#include "commissioning/finance/rules.hpp"

using namespace commissioning;
using namespace commissioning::finance;

TEST_CASE("a population figure carries its basis and cannot be negative") {
  const PopulationFigure p(233'652, PopulationBasis::CcgWeighted, Date{2018, 4, 1}, "test");
  CHECK(p.basis() == PopulationBasis::CcgWeighted);
  CHECK(p.as_of() == Date{2018, 4, 1});
  CHECK_THROWS_AS(PopulationFigure(-1, PopulationBasis::RawRegistered), std::invalid_argument);
  CHECK(parse_population_basis("ONS weighted") == PopulationBasis::OnsWeighted);
  CHECK(parse_population_basis("capitated weighted") == PopulationBasis::CcgWeighted);
  CHECK_THROWS_AS(parse_population_basis("weighed"), ParseError);
}

TEST_CASE("per-head funding is population × rate, and the shortfall between bases is computable") {
  const auto rate = parse_per_head_rate("£3.34 a head");
  const PopulationFigure weighted(233'652, PopulationBasis::CcgWeighted);
  const PopulationFigure ons(230'000, PopulationBasis::OnsWeighted);
  CHECK(per_head_funding(rate, weighted) == Money::from_pence(78'039'768));  // £780,397.68
  CHECK(per_head_shortfall(rate, weighted, ons) == Money::from_pence(3'652 * 334));
  CHECK(implied_population(parse_money("£780,397"), rate) == 233'652);
  CHECK_THROWS_AS(implied_population(parse_money("£1"), PerHeadRate{}), std::invalid_argument);
}

TEST_CASE("a funding stream needs a scheme and an amount or phasing, and phases a year once") {
  const FinancialYear y{2017};
  CHECK_THROWS_AS(FundingStream("", parse_reported_amount("£1"), {}, Recurrence::Unstated, FundingSource::Other),
                  std::invalid_argument);
  CHECK_THROWS_AS(FundingStream("x", std::nullopt, {}, Recurrence::Unstated, FundingSource::Other), std::invalid_argument);
  CHECK_THROWS_AS(FundingStream("x", std::nullopt, {{y, parse_reported_amount("£1")}, {y, parse_reported_amount("£2")}},
                                Recurrence::Unstated, FundingSource::Other),
                  std::invalid_argument);
}

TEST_CASE("finance.funding.phasing: the phasing sums to the amount") {
  const FundingStream s("PTF", parse_reported_amount("£700k"),
                        {{FinancialYear{2017}, parse_reported_amount("350K")}, {FinancialYear{2018}, parse_reported_amount("340K")}},
                        Recurrence::NonRecurrent, FundingSource::CcgAllocation);
  const auto rec = reconcile(s);
  REQUIRE(rec.report.count(rules::finance::funding_phasing.id) == 1);
  CHECK_THAT(rec.report.diagnostics().front().message, Catch::Contains("off by 10"));
}

TEST_CASE("finance.funding.per-head and population-basis: the amount is the population times the rate") {
  auto stream = [](std::string_view amount, PopulationFigure p, bool at_least = false) {
    return FundingStream("Extended access", parse_reported_amount(amount), {}, Recurrence::Recurrent,
                         FundingSource::NhsEnglandAllocation)
        .with_per_head(PerHeadBasis{parse_per_head_rate("£3.34 per head"), at_least, p});
  };
  // 780,397 on 233,652 weighted: £0.68 short of the product, within a penny a head.
  CHECK(reconcile(stream("780,397", PopulationFigure(233'652, PopulationBasis::CcgWeighted))).report.empty());
  // The same money on the ONS basis of 230,000 falls short by far more than rounding.
  const auto ons = reconcile(stream("780,397", PopulationFigure(230'000, PopulationBasis::OnsWeighted)));
  CHECK(ons.report.count(rules::finance::funding_per_head.id) == 1);
  // "at least": more money than population × rate is fine.
  CHECK(reconcile(stream("1.402M", PopulationFigure(230'000, PopulationBasis::OnsWeighted), true)).report.empty());
  // A population with no stated basis is a warning.
  const auto unstated = reconcile(stream("768,200", PopulationFigure(230'000, PopulationBasis::Unstated)));
  CHECK(unstated.report.count(rules::finance::population_basis.id) == 1);
  CHECK(unstated.report.count(rules::finance::funding_per_head.id) == 0);
}

TEST_CASE("Agenda for Change bands read as written") {
  CHECK(to_string(parse_afc_band("5")) == "5");
  CHECK(to_string(parse_afc_band("Band 8A")) == "8a");
  CHECK_THROWS_AS(parse_afc_band("8"), ParseError);
  CHECK_THROWS_AS(parse_afc_band("10"), ParseError);
  CHECK_THROWS_AS(parse_afc_band("5x"), ParseError);
  CHECK_THROWS_AS(AfcBand(0), std::invalid_argument);
}

TEST_CASE("finance.staffing rules: on-costs, line totals and the table total") {
  const auto p = [](std::string_view s) { return parse_reported_amount(s); };
  const auto on_cost = Percentage::from_basis_points(12560);
  const StaffingTable good("t", {StaffingLine("Link worker", 8, AfcBand(5), p("£25,934"), p("£32,573"), p("£260,584"))},
                           on_cost, p("£260,584"));
  CHECK(reconcile(good).report.empty());
  const StaffingTable bad("t",
                          {StaffingLine("Link worker", 8, AfcBand(5), p("£25,934"), p("£32,673"), p("£260,584")),
                           StaffingLine("Administrator", 1, AfcBand(3), p("£19,122"), p("£24,017"), p("£24,000"))},
                          on_cost, p("£284,601"));
  const auto rec = reconcile(bad);
  CHECK(rec.report.count(rules::finance::staffing_on_cost.id) == 1);     // £32,673 is not £25,934 × 1.2560
  CHECK(rec.report.count(rules::finance::staffing_line_total.id) == 2);  // 8 × £32,673 and 1 × £24,017
  CHECK(rec.report.count(rules::finance::staffing_table_total.id) == 1); // 260,584 + 24,000 = 284,584
  CHECK_THROWS_AS(StaffingTable("t", {}, Percentage::from_basis_points(9000), std::nullopt), std::invalid_argument);
  CHECK_THROWS_AS(StaffingLine("x", -1, AfcBand(5), p("£1"), p("£1"), p("£1")), std::invalid_argument);
}
