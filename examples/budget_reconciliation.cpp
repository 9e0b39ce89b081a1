// Build a small delegated budget report in code, exactly as a finance team would print it
// (in £'000s, rounded), and reconcile it: which derived figures are exact, which drift by
// rounding, which are wrong, and how reserves were released to reach break-even.
#include <commissioning/commissioning.hpp>

#include <iostream>

int main() {
  using namespace commissioning;
  using namespace commissioning::finance;
  const auto k = MoneyUnit::Thousands;
  const auto row = [k](std::array<std::string_view, 6> cells) { return parse_budget_figures(cells, k); };

  // Columns: YTD budget, actual, variance; forecast budget, outturn, variance. Variance is
  // actual − budget, so a negative figure is an underspend.
  std::vector<BudgetSection> sections;
  sections.emplace_back("Core contracts",
                        std::vector<BudgetLine>{BudgetLine("GMS", row({"3,653", "3,654", "1", "21,759", "21,759", "0"})),
                                                BudgetLine("APMS", row({"683", "881", "198", "4,098", "4,481", "383"}))},
                        row({"4,336", "4,535", "199", "25,857", "26,240", "383"}));
  sections.emplace_back(
      "Reserves",
      std::vector<BudgetLine>{
          BudgetLine("Other Uncommitted Reserves", row({"183", "0", "-183", "821", "438", "-383"}), LineKind::Reserve),
          BudgetLine("0.5% Contingency", row({"0", "0", "0", "197", "197", "0"}), LineKind::Reserve)},
      row({"183", "0", "-183", "1,018", "635", "-383"}));
  BudgetReport report("Stoke-on-Trent CCG", parse_financial_month("2018/19 Month 2"),
                      BudgetFamily::DelegatedPrimaryMedicalServices, k, std::move(sections),
                      {BudgetLine("QOF", row({"457", "466", "10", "3,915", "3,915", "0"}))},
                      row({"4,976", "5,001", "25", "30,790", "30,790", "0"}));
  // What the paper's text says about the table, checked against it.
  report.add_narrative(NarrativeFigure{"The CCG is showing an overspend of £26k", "example", parse_reported_amount("£26k"),
                                       NarrativeSense::Positive, "", "", BudgetColumn::YtdVariance});
  // The base the 0.5% line is a share of.
  report.set_percentage_base(PercentageBase{parse_reported_amount("£39,400k"), "2018/19 delegated allocation"});

  const auto rec = reconcile(report);  // default policy: ±1 step of the printed resolution
  std::cout << report.organisation() << ", " << to_string(report.period()) << ": " << rec.checks.size() << " checks, "
            << rec.exact_count() << " exact, " << rec.within_tolerance_count() << " within tolerance, "
            << rec.outside_tolerance_count() << " outside\n";
  for (const auto& c : rec.checks)
    if (!c.exact())
      std::cout << "  " << (c.within_tolerance() ? "rounding " : "WRONG    ") << c.where << ": printed "
                << in_unit(c.stated, c.unit) << ", derived " << in_unit(c.expected, c.unit) << " (tolerance ±"
                << to_string(c.tolerance) << ")\n";
  for (const auto& d : rec.report.diagnostics()) std::cout << to_string(d) << "\n";

  // QOF's YTD variance (10 against 466 − 457 = 9) is rounding; the narrative's £26k against
  // the table's 25 is within the ±£1k the text's rounding allows; nothing is wrong.
  return rec.outside_tolerance_count() == 0 && rec.report.count(rules::finance::break_even_by_reserves.id) == 1 ? 0 : 1;
}
