// The seed 000 finance tables reconciled as printed (seed-000.md §4.4–4.12, R10–R13), and
// Luton's funding streams from seed 003 (seed-003.md T16–T17).
#include <catch2/catch.hpp>

#include <set>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/finance/reconciliation.hpp"
#include "commissioning/finance/rules.hpp"
#include "commissioning/fixtures/finance_seed.hpp"

using namespace commissioning;
using namespace commissioning::finance;
namespace fx = commissioning::fixtures;

namespace {
// Checks a budget report must give: two variances per line, subtotal row and total row, and
// six sums per subtotal row and total row, plus one per narrative figure.
std::size_t expected_checks(const BudgetReport& r) {
  std::size_t n = 2 * r.line_count() + r.narrative().size();
  for (const auto& s : r.sections())
    if (s.subtotal()) n += 2 + 6;
  if (r.total()) n += 2 + 6;
  return n;
}
std::set<std::string> inexact_places(const Reconciliation& r) {
  std::set<std::string> out;
  for (const auto& c : r.checks)
    if (!c.exact()) out.insert(c.where);
  return out;
}
}  // namespace

TEST_CASE("the four month-2 appendices are transcribed whole") {
  const auto a = fx::seed000_month2_appendices();
  REQUIRE(a.size() == 4);
  CHECK(a[0].line_count() == 26);  // A1 L385–418: 25 lines in five sections, QOF standalone
  CHECK(a[1].line_count() == 26);  // A2 L428–461
  CHECK(a[2].line_count() == 21);  // A3 L471–496: 20 lines, GP IT standalone
  CHECK(a[3].line_count() == 17);  // A4 L505–526
  for (const auto& r : a) {
    CHECK(r.unit() == MoneyUnit::Thousands);
    CHECK(to_string(r.period()) == "2018/19 Month 2");
  }
  CHECK(a[0].family() == BudgetFamily::DelegatedPrimaryMedicalServices);
  CHECK(a[3].family() == BudgetFamily::OtherPrimaryCareCommissioning);
  // L398: "CQC Fees 187 186 -0": the signed zero is kept.
  CHECK(a[0].find_section("Other Services")->find("CQC Fees")->figures().ytd_variance.negative_zero());
  // L420: the grand total of Appendix 1.
  CHECK(a[0].total()->forecast_budget.value() == Money::from_pounds(39'081'000));
}

TEST_CASE("reconciling the four month-2 appendices: 344 checks, 60 inexact, none beyond ±1 (£'000)") {
  std::size_t checks = 0, inexact = 0, outside_default = 0, outside_exact = 0;
  Money largest{};
  for (const auto& r : fx::seed000_month2_appendices()) {
    const auto rec = reconcile(r);
    CHECK(rec.checks.size() == expected_checks(r));
    checks += rec.checks.size();
    inexact += rec.inexact_count();
    outside_default += rec.outside_tolerance_count();
    outside_exact += reconcile(r, ReconciliationPolicy::exact()).outside_tolerance_count();
    const auto* worst = rec.largest_drift();
    REQUIRE(worst);
    largest = std::max(largest, worst->drift() < Money{} ? -worst->drift() : worst->drift());
    for (const auto& c : rec.checks) CHECK(c.tolerance == Money::from_pounds(1'000));
  }
  // Every table in the pack has ±1 rounding differences (seed-000.md R10(e)); none larger.
  CHECK(checks == 344);
  CHECK(inexact == 60);
  CHECK(outside_exact == inexact);
  CHECK(outside_default == 0);
  CHECK(largest == Money::from_pounds(1'000));
}

TEST_CASE("Appendix 1's drifts are where the page's arithmetic is off by one") {
  const auto rec = reconcile(fx::seed000_stoke_delegated());
  const auto places = inexact_places(rec);
  CHECK(places.size() == 19);
  // L390: Extended Hours 18 − 31 = −13, printed −12.
  CHECK(places.count("Enhanced Services / Extended Hours, YTD variance") == 1);
  // L398: CQC Fees 186 − 187 = −1, printed −0.
  CHECK(places.count("Other Services / CQC Fees, YTD variance") == 1);
  // L395: 31 + 0 + 45 + 3 + 5 = 84, printed 83.
  CHECK(places.count("Enhanced Services subtotal, YTD budget") == 1);
  CHECK(places.count("grand total, YTD actual") == 1);
  CHECK_FALSE(rec.report.has_errors());
}

TEST_CASE("forecast outturn below year-to-date actual: two rows beyond rounding, four exactly (E20)") {
  std::set<std::string> warned, warned_exact;
  for (const auto& r : fx::seed000_month2_appendices()) {
    const auto rec = reconcile(r);
    const auto exact = reconcile(r, ReconciliationPolicy::exact());
    for (const auto& d : rec.report.diagnostics())
      if (d.rule_id == rules::finance::forecast_below_ytd.id) warned.insert(r.organisation() + ": " + d.message);
    for (const auto& d : exact.report.diagnostics())
      if (d.rule_id == rules::finance::forecast_below_ytd.id) warned_exact.insert(r.organisation() + ": " + d.path);
  }
  CHECK(warned.size() == 2);  // Stoke Other Enhanced Services 5 → 0 (L480), NS Near Patient Testing 2 → 0 (L508)
  CHECK(warned_exact.size() == 4);  // plus Stoke Near Patient Testing 1 → 0 (L474), NS CQC Fees 141 → 140 (L441)
}

TEST_CASE("Stoke's break-even is reached by releasing reserves against pressures (R10(f))") {
  const auto a = analyse_reserves(fx::seed000_stoke_delegated());
  REQUIRE(a.pressures.size() == 2);
  CHECK(a.pressures[0].line == "APMS");
  CHECK(a.pressures[0].amount == Money::from_pounds(383'000));  // L387
  CHECK(a.pressures[1].line == "Rents");
  CHECK(a.releases.size() == 2);  // L415 −383, L416 −45
  CHECK(a.pressure_total() + a.release_total() == Money{});
  const auto rec = reconcile(fx::seed000_stoke_delegated());
  CHECK(rec.report.count(rules::finance::break_even_by_reserves.id) == 1);
  // North Staffordshire breaks even without releasing anything.
  CHECK(reconcile(fx::seed000_north_staffs_delegated()).report.count(rules::finance::break_even_by_reserves.id) == 0);
}

TEST_CASE("the 0.5% lines cannot be checked: the pack declares no base") {
  const auto rec = reconcile(fx::seed000_stoke_delegated());
  CHECK(rec.report.count(rules::finance::percentage_base_missing.id) == 2);  // L414 and L418
}

TEST_CASE("the narrative's £139k, £47k, £1,427k and £401k match the appendices") {
  for (const auto& r : {fx::seed000_stoke_delegated(), fx::seed000_north_staffs_delegated()}) {
    REQUIRE(r.narrative().size() == 2);
    CHECK(reconcile(r, ReconciliationPolicy::exact()).report.count(rules::finance::narrative.id) == 0);
  }
}

TEST_CASE("the summary position: -139 + -47 = -186, and the narrative agrees (L284, L334–336)") {
  const auto rec = reconcile(fx::seed000_delegated_summary(), ReconciliationPolicy::exact());
  CHECK(rec.checks.size() == 3);
  CHECK(rec.report.empty());
  // The summary's figures are the appendices' YTD variance totals.
  CHECK(fx::seed000_delegated_summary().rows()[0].values[0].value() ==
        fx::seed000_north_staffs_delegated().total()->ytd_variance.value());
}

TEST_CASE("finance.position.matches-report: the summary is the appendices' YTD variance totals") {
  const std::vector<BudgetReport> delegated{fx::seed000_stoke_delegated(), fx::seed000_north_staffs_delegated()};
  const auto rec = reconcile_with_reports(fx::seed000_delegated_summary(), delegated, BudgetColumn::YtdVariance,
                                          ReconciliationPolicy::exact());
  CHECK(rec.checks.size() == 2);
  CHECK(rec.report.empty());
  // Against the commissioning appendices (−231, −52) the summary is wrong, and says where.
  const std::vector<BudgetReport> commissioning{fx::seed000_stoke_commissioning(), fx::seed000_north_staffs_commissioning()};
  const auto wrong = reconcile_with_reports(fx::seed000_delegated_summary(), commissioning, BudgetColumn::YtdVariance);
  REQUIRE(wrong.report.count(rules::finance::position_matches_report.id) == 2);
  CHECK(wrong.report.diagnostics().front().path == "/rows/0/values/0");  // YTD variance is the summary's first column
  CHECK_THAT(wrong.report.diagnostics().front().message, Catch::Contains("printed -139") && Catch::Contains("= -52"));
}

TEST_CASE("the wider position reconciles, but the text calls North Staffs' planned surplus a deficit (E16)") {
  const auto rec = reconcile(fx::seed000_wider_position());
  CHECK(rec.report.count(rules::finance::position_variance.id) == 0);
  CHECK(rec.report.count(rules::finance::position_combined.id) == 0);
  REQUIRE(rec.report.count(rules::finance::narrative.id) == 1);
  const auto& d = rec.report.diagnostics().front();
  CHECK(d.path == "/narrative/4");
  CHECK_THAT(d.message, Catch::Contains("£0.20m Deficit") && Catch::Contains("says 200 but the table prints -200"));
  // "£2.04m" against −2,041 is within £10k, the resolution of a figure printed to 0.01m.
  CHECK(rec.within_tolerance_count() == rec.checks.size() - 1);
}

TEST_CASE("discretionary spending tables 1 and 2 add up; their reserves differ from Appendix 1 and 2 by one") {
  for (const auto& t : {fx::seed000_underspend_2017_18(), fx::seed000_reserves_2018_19()}) {
    const auto rec = reconcile(t, ReconciliationPolicy::exact());
    CHECK(rec.checks.size() == 2);
    CHECK(rec.report.empty());
  }
  // "total underspend against the delegated budget of £1,781k" (L808) = 1,197 + 584.
  const auto t1 = fx::seed000_underspend_2017_18();
  CHECK(t1.column_sum(0) + t1.column_sum(1) == parse_reported_amount("£1,781k").value());
  // Table 2 "Other Uncommitted" 820 (L833) against A1 L415 821; NS total 402 (L834) against A2 L462 401.
  const auto t2 = fx::seed000_reserves_2018_19();
  CHECK(t2.rows()[4].cells[0].value() - fx::seed000_stoke_delegated().find_section("Reserves")->find(
                                            "Other Uncommitted Reserves")->figures().forecast_budget.value() ==
        Money::from_pounds(-1'000));
  CHECK((*t2.total())[1].value() - fx::seed000_north_staffs_delegated().find_section("Reserves")->subtotal()->forecast_budget.value() ==
        Money::from_pounds(1'000));
}

TEST_CASE("the budget planner keeps confidential and compound cells and has no total to check") {
  const auto t = fx::seed000_budget_planner_2018_19();
  CHECK(t.rows()[2].cells[0].confidential);
  CHECK(t.rows()[4].cells[1].value() == Money::from_pounds(383'000));  // L881
  CHECK(t.column_sum(0) == Money::from_pounds(77'500));
  CHECK(t.column_sum(1) == Money::from_pounds(545'500));
  CHECK(reconcile(t).checks.empty());
}

TEST_CASE("the social prescribing staffing table: on-costs at 125.60%, totals exact (L1303–1313)") {
  const auto t = fx::seed000_social_prescribing_staffing();
  const auto exact = reconcile(t, ReconciliationPolicy::exact());
  CHECK(exact.checks.size() == 4 * 2 + 1);
  // Each post's cost with on-costs is the mid-point × 1.2560 rounded to the pound: exact only
  // to within £1, so four checks drift by pence and none beyond the £1 the figures print.
  CHECK(exact.outside_tolerance_count() == 4);
  CHECK(exact.report.count(rules::finance::staffing_on_cost.id) == 4);
  const auto rec = reconcile(t);
  CHECK(rec.outside_tolerance_count() == 0);
  CHECK(rec.report.empty());
  // The investment request and its two phases add up too (L1447–1463), and the staffing line
  // of the request is the staffing table's total.
  CHECK(reconcile(fx::seed000_social_prescribing_investment(), ReconciliationPolicy::exact()).report.empty());
  CHECK(reconcile(fx::seed000_social_prescribing_phases(), ReconciliationPolicy::exact()).report.empty());
  CHECK(fx::seed000_social_prescribing_investment().rows()[0].cells[0].value() == t.stated_total()->value());
}

TEST_CASE("the social prescribing investment is phased in two halves and approved in principle (L1024, L1456)") {
  const auto s = fx::seed000_social_prescribing_funding();
  CHECK(s.total() == Money::from_pounds(500'000));
  CHECK(s.recurrence() == Recurrence::NonRecurrent);
  CHECK(s.source() == FundingSource::DelegatedReserve);
  CHECK_THAT(s.approved_by(), Catch::Contains("March 2018"));
  CHECK_FALSE(s.approved_on());  // the pack gives no day
  const auto rec = reconcile(s, ReconciliationPolicy::exact());
  CHECK(rec.checks.size() == 1);
  CHECK(rec.report.empty());
  // The two phase budgets of £246,900 (L1463) leave the £6,200 the paper sets aside for training (L1454).
  const auto phases = fx::seed000_social_prescribing_phases();
  CHECK(s.total() - phases.column_sum(0) - phases.column_sum(1) == Money::from_pounds(6'200));
}

TEST_CASE("Luton's funding streams (seed 003 Table 16)") {
  const auto a = fx::seed003_luton_funding_streams();
  CHECK(a.streams.size() == 9);
  const auto rec = reconcile(a, ReconciliationPolicy::exact());
  CHECK(rec.checks.size() == 3);  // the three streams with both an amount and a phasing
  CHECK(rec.report.empty());
  // Practice Transformational Funding: 350K + 350K at £3 a head implies 233,333 people.
  const auto& ptf = a.streams[0];
  CHECK(ptf.total() == Money::from_pounds(700'000));
  CHECK(ptf.recurrence() == Recurrence::NonRecurrent);
  CHECK(implied_population(ptf.total(), ptf.per_head()->rate) == 233'333);
  // Extended access: 780,397 at £3.34 implies 233,652; 1.402M at £6 implies 233,667 (T17).
  CHECK(implied_population(a.streams[3].total(), a.streams[3].per_head()->rate) == 233'652);
  CHECK(implied_population(a.streams[4].total(), a.streams[4].per_head()->rate) == 233'667);
  CHECK(a.streams[4].per_head()->at_least);
}
