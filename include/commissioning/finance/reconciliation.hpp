#pragma once
// Rounding-aware reconciliation of finance tables. Every derived figure (a variance, a
// subtotal, a total, a combined position, a quoted figure) is recomputed from the figures it
// derives from and compared with the printed one. Nothing is corrected: each comparison is a
// ReconciliationCheck saying where it is, what was printed, what the arithmetic gives, the
// drift and the tolerance that was applied; the ones outside tolerance become diagnostics.
//
// Tolerance. A figure printed in £'000s stands for anything within ±£500 of it, so sums of
// rounded figures drift. The default policy allows one step of the coarsest figure involved
// (ReportedAmount::resolution(): £1,000 in a £'000s table, £10k for "£2.04m", £1 for
// "£32,171"), and no drift at all where every figure is exact to the penny. The policy is an
// object, not a constant: ReconciliationPolicy::exact() allows no drift anywhere.
#include <cstddef>
#include <string>
#include <vector>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/money.hpp"
#include "commissioning/finance/amount_table.hpp"
#include "commissioning/finance/budget.hpp"
#include "commissioning/finance/funding.hpp"
#include "commissioning/finance/position.hpp"
#include "commissioning/finance/staffing.hpp"

namespace commissioning::finance {

struct ReconciliationPolicy {
  // How many steps of the coarsest printed resolution a derived figure may drift. 1 by
  // default (seed 000 R10(e): "A tolerance of ±1 (£'000) per derived figure is needed").
  unsigned tolerance_steps{1};
  static constexpr ReconciliationPolicy exact() noexcept { return ReconciliationPolicy{0}; }
};

struct ReconciliationCheck {
  std::string rule_id;   // the registered rule the check belongs to
  std::string path;      // JSON Pointer: "/sections/2/lines/1/ytd_variance"
  std::string where;     // "Other Services / CQC Fees, YTD variance"
  Money stated;          // the printed figure
  Money expected;        // what the figures it derives from give
  Money tolerance;       // the drift allowed under the policy
  MoneyUnit unit{MoneyUnit::Pounds};

  Money drift() const { return stated - expected; }
  bool exact() const { return stated == expected; }
  bool within_tolerance() const;
  friend bool operator==(const ReconciliationCheck&, const ReconciliationCheck&) = default;
};

struct Reconciliation {
  std::vector<ReconciliationCheck> checks;
  ValidationReport report;  // out-of-tolerance checks as errors, plus warnings and notes

  std::size_t exact_count() const noexcept;
  std::size_t within_tolerance_count() const noexcept;  // exact ones included
  std::size_t outside_tolerance_count() const noexcept;
  std::size_t inexact_count() const noexcept { return checks.size() - exact_count(); }
  // The check with the largest absolute drift, or nullptr when there are no checks.
  const ReconciliationCheck* largest_drift() const noexcept;
  // Appends another reconciliation, prefixing its paths (the pointer to where it sits: "/streams/0").
  void append(const Reconciliation& other, const std::string& path_prefix);
};

Reconciliation reconcile(const BudgetReport& report, ReconciliationPolicy policy = {});
Reconciliation reconcile(const PositionTable& table, ReconciliationPolicy policy = {});
Reconciliation reconcile(const AmountTable& table, ReconciliationPolicy policy = {});
Reconciliation reconcile(const StaffingTable& table, ReconciliationPolicy policy = {});
Reconciliation reconcile(const FundingStream& stream, ReconciliationPolicy policy = {});
Reconciliation reconcile(const Allocation& allocation, ReconciliationPolicy policy = {});

// Cross-checks a summary position against the organisations' own budget reports: each row's
// value in `column` against the total of the report with the same organisation name (rows
// with no matching report are not checked). Seed 000's L331–336 summary is the YTD variance
// of Appendices 1 and 2.
Reconciliation reconcile_with_reports(const PositionTable& summary, const std::vector<BudgetReport>& reports,
                                      BudgetColumn column, ReconciliationPolicy policy = {});

// Pressures (spend lines forecast above budget) and releases (reserve lines forecast below
// budget) in a report: seed 000 L387 APMS +383 against L415 Other Uncommitted Reserves −383.
struct ReserveMovement {
  std::string section;
  std::string line;
  Money amount;  // the forecast variance: positive for a pressure, negative for a release
  friend bool operator==(const ReserveMovement&, const ReserveMovement&) = default;
};
struct ReserveAnalysis {
  std::vector<ReserveMovement> pressures;
  std::vector<ReserveMovement> releases;
  Money pressure_total() const;
  Money release_total() const;  // negative
};
ReserveAnalysis analyse_reserves(const BudgetReport& report);

// A Money as a figure in a table's unit: "-1", "0.5", "1,427" for £'000s.
std::string in_unit(Money m, MoneyUnit unit);

}  // namespace commissioning::finance
