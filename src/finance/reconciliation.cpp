#include "commissioning/finance/reconciliation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>

#include "commissioning/finance/rules.hpp"

namespace commissioning::rules {
std::span<const Rule* const> finance_rules() noexcept {
  using namespace commissioning::rules::finance;
  static constexpr std::array<const Rule*, 19> list{
      &variance,          &subtotal,          &total,         &forecast_below_ytd, &break_even_by_reserves,
      &narrative,         &percentage_line,   &percentage_base_missing, &position_variance, &position_combined, &position_matches_report,
      &control_total,     &table_total,       &staffing_on_cost, &staffing_line_total, &staffing_table_total,
      &funding_phasing,   &funding_per_head,  &population_basis};
  return list;
}
}  // namespace commissioning::rules

namespace commissioning::finance {

namespace {

__extension__ typedef __int128 wide_int;
Money abs(Money m) { return m < Money{} ? -m : m; }

std::int64_t pence_per(MoneyUnit u) {
  switch (u) {
    case MoneyUnit::Thousands: return 100'000;
    case MoneyUnit::Millions: return 100'000'000;
    case MoneyUnit::Pounds: break;
  }
  return 100;
}

// The tolerance for a derived figure: `steps` of the coarsest resolution among the figures
// involved, or nothing where every figure is exact to the penny.
Money tolerance_for(std::initializer_list<const ReportedAmount*> figures, ReconciliationPolicy policy) {
  Money coarsest = Money::from_pence(1);
  for (const auto* f : figures) coarsest = std::max(coarsest, f->resolution());
  if (coarsest == Money::from_pence(1)) return Money{};
  return coarsest * static_cast<std::int64_t>(policy.tolerance_steps);
}
Money tolerance_for(const std::vector<const ReportedAmount*>& figures, ReconciliationPolicy policy) {
  Money coarsest = Money::from_pence(1);
  for (const auto* f : figures) coarsest = std::max(coarsest, f->resolution());
  if (coarsest == Money::from_pence(1)) return Money{};
  return coarsest * static_cast<std::int64_t>(policy.tolerance_steps);
}

class Checker {
 public:
  Checker(Reconciliation& out, MoneyUnit unit) : out_(out), unit_(unit) {}

  // Records a comparison; a drift beyond tolerance becomes a diagnostic of `rule`.
  void compare(const Rule& rule, std::string path, std::string where, const ReportedAmount& stated, Money expected,
               Money tolerance, const std::string& arithmetic) {
    ReconciliationCheck c{std::string(rule.id), std::move(path), std::move(where), stated.value(), expected, tolerance, unit_};
    if (!c.within_tolerance()) {
      const auto off = fmt::format("off by {} ({}), tolerance ±{}", in_unit(c.drift(), unit_), to_string(c.drift()),
                                   to_string(tolerance));
      if (arithmetic.empty())  // a quoted figure against the table
        out_.report.add(rule, c.path,
                        fmt::format("{}: the text says {} but the table prints {}; {}", c.where,
                                    in_unit(stated.value(), unit_), in_unit(expected, unit_), off));
      else
        out_.report.add(rule, c.path,
                        fmt::format("{}: printed {} but {} = {}; {}", c.where, stated.printed(), arithmetic,
                                    in_unit(expected, unit_), off));
    }
    out_.checks.push_back(std::move(c));
  }

 private:
  Reconciliation& out_;
  MoneyUnit unit_;
};

std::string figures_path(const std::string& base, BudgetColumn c) { return pointer(base, to_string(c)); }

void check_variances(Checker& ck, const BudgetFigures& f, const std::string& path, const std::string& where,
                     ReconciliationPolicy policy, MoneyUnit unit) {
  const auto one = [&](BudgetColumn budget, BudgetColumn actual, BudgetColumn var) {
    const auto expected = f[actual].value() - f[budget].value();
    ck.compare(rules::finance::variance, figures_path(path, var), fmt::format("{}, {}", where, label(var)), f[var], expected,
               tolerance_for({&f[budget], &f[actual], &f[var]}, policy),
               fmt::format("{} − {} = {} − {}", label(actual), label(budget), f[actual].printed(), f[budget].printed()));
  };
  (void)unit;
  one(BudgetColumn::YtdBudget, BudgetColumn::YtdActual, BudgetColumn::YtdVariance);
  one(BudgetColumn::ForecastBudget, BudgetColumn::ForecastOutturn, BudgetColumn::ForecastVariance);
}

void check_sum(Checker& ck, const Rule& rule, const BudgetFigures& stated, const std::vector<const BudgetFigures*>& parts,
               const std::string& path, const std::string& where, const std::string& what, ReconciliationPolicy policy) {
  for (auto c : all_budget_columns) {
    Money sum{};
    std::vector<const ReportedAmount*> involved{&stated[c]};
    for (const auto* p : parts) {
      sum += (*p)[c].value();
      involved.push_back(&(*p)[c]);
    }
    ck.compare(rule, figures_path(path, c), fmt::format("{}, {}", where, label(c)), stated[c], sum,
               tolerance_for(involved, policy), what);
  }
}

}  // namespace

bool ReconciliationCheck::within_tolerance() const { return abs(drift()) <= tolerance; }

std::size_t Reconciliation::exact_count() const noexcept {
  return static_cast<std::size_t>(std::count_if(checks.begin(), checks.end(), [](const auto& c) { return c.exact(); }));
}
std::size_t Reconciliation::within_tolerance_count() const noexcept {
  return static_cast<std::size_t>(
      std::count_if(checks.begin(), checks.end(), [](const auto& c) { return c.within_tolerance(); }));
}
std::size_t Reconciliation::outside_tolerance_count() const noexcept { return checks.size() - within_tolerance_count(); }

const ReconciliationCheck* Reconciliation::largest_drift() const noexcept {
  const ReconciliationCheck* best = nullptr;
  for (const auto& c : checks)
    if (!best || abs(c.drift()) > abs(best->drift())) best = &c;
  return best;
}

void Reconciliation::append(const Reconciliation& other, const std::string& prefix) {
  for (auto c : other.checks) {
    c.path = prefix + c.path;
    checks.push_back(std::move(c));
  }
  for (auto d : other.report.diagnostics()) {
    d.path = prefix + d.path;
    report.add(std::move(d));
  }
}

std::string in_unit(Money m, MoneyUnit unit) {
  const auto per = pence_per(unit);
  const auto v = m.pence();
  const bool neg = v < 0;
  const auto mag = neg ? -static_cast<wide_int>(v) : static_cast<wide_int>(v);
  const auto whole = static_cast<std::int64_t>(mag / per);
  auto frac = static_cast<std::int64_t>(mag % per);
  std::string digits = fmt::format("{}", whole);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i != 0 && (digits.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(digits[i]);
  }
  std::string out = (neg ? "-" : "") + grouped;
  if (frac != 0) {
    int places = unit == MoneyUnit::Thousands ? 5 : unit == MoneyUnit::Millions ? 8 : 2;
    std::string f = fmt::format("{:0{}}", frac, places);
    while (!f.empty() && f.back() == '0') f.pop_back();
    out += "." + f;
  }
  return out;
}

namespace {

void check_narrative(Checker& ck, const NarrativeFigure& n, const ReportedAmount& cell, const std::string& path,
                     const std::string& where, ReconciliationPolicy policy) {
  const ReportedAmount quoted(n.signed_value(), n.amount.unit(), n.amount.decimals());
  ck.compare(rules::finance::narrative, path, fmt::format("\"{}\" ({}) against {}", n.quote, n.source, where), quoted,
             cell.value(), tolerance_for({&n.amount, &cell}, policy), std::string{});
}

std::string line_where(const BudgetSection& s, const BudgetLine& l) { return fmt::format("{} / {}", s.name(), l.name()); }

}  // namespace

Reconciliation reconcile(const BudgetReport& report, ReconciliationPolicy policy) {
  Reconciliation out;
  Checker ck(out, report.unit());
  const auto& sections = report.sections();
  std::vector<const BudgetFigures*> total_parts;
  for (std::size_t si = 0; si < sections.size(); ++si) {
    const auto& s = sections[si];
    const auto spath = pointer("", "sections", si);
    std::vector<const BudgetFigures*> parts;
    for (std::size_t li = 0; li < s.lines().size(); ++li) {
      const auto& l = s.lines()[li];
      check_variances(ck, l.figures(), pointer(spath, "lines", li), line_where(s, l), policy, report.unit());
      parts.push_back(&l.figures());
    }
    if (s.subtotal()) {
      const auto where = fmt::format("{} subtotal", s.name());
      check_variances(ck, *s.subtotal(), pointer(spath, "subtotal"), where, policy, report.unit());
      check_sum(ck, rules::finance::subtotal, *s.subtotal(), parts, pointer(spath, "subtotal"), where,
                fmt::format("the sum of its {} lines", parts.size()), policy);
      total_parts.push_back(&*s.subtotal());
    } else {
      // Without a printed subtotal the lines count towards the total directly.
      total_parts.insert(total_parts.end(), parts.begin(), parts.end());
    }
  }
  for (std::size_t i = 0; i < report.standalone_lines().size(); ++i) {
    const auto& l = report.standalone_lines()[i];
    check_variances(ck, l.figures(), pointer("", "standalone_lines", i), l.name(), policy, report.unit());
    total_parts.push_back(&l.figures());
  }
  if (report.total()) {
    check_variances(ck, *report.total(), "/total", "grand total", policy, report.unit());
    check_sum(ck, rules::finance::total, *report.total(), total_parts, "/total", "grand total",
              "the subtotals plus the standalone lines", policy);
  }

  // Forecast outturn below what has already been spent.
  const auto forecast_check = [&](const BudgetLine& l, const std::string& path, const std::string& where) {
    const auto& f = l.figures();
    if (l.kind() != LineKind::Spend) return;
    const auto gap = f.ytd_actual.value() - f.forecast_outturn.value();
    if (gap > tolerance_for({&f.ytd_actual, &f.forecast_outturn}, policy))
      out.report.add(rules::finance::forecast_below_ytd, pointer(path, "forecast_outturn"),
                     fmt::format("{}: forecast outturn {} is below the {} already spent this year (by {})", where,
                                 f.forecast_outturn.printed(), f.ytd_actual.printed(), in_unit(gap, report.unit())));
  };
  for (std::size_t si = 0; si < sections.size(); ++si)
    for (std::size_t li = 0; li < sections[si].lines().size(); ++li)
      forecast_check(sections[si].lines()[li], pointer("", "sections", si, "lines", li),
                     line_where(sections[si], sections[si].lines()[li]));
  for (std::size_t i = 0; i < report.standalone_lines().size(); ++i)
    forecast_check(report.standalone_lines()[i], pointer("", "standalone_lines", i),
                   report.standalone_lines()[i].name());

  // Break-even reached by releasing reserves.
  if (report.total()) {
    const auto& t = *report.total();
    const auto analysis = analyse_reserves(report);
    if (abs(t.forecast_variance.value()) <= tolerance_for({&t.forecast_variance}, policy) && !analysis.releases.empty()) {
      std::string released, pressed;
      for (const auto& r : analysis.releases)
        released += fmt::format("{}{} {}", released.empty() ? "" : ", ", r.line, in_unit(r.amount, report.unit()));
      for (const auto& p : analysis.pressures)
        pressed += fmt::format("{}{} +{}", pressed.empty() ? "" : ", ", p.line, in_unit(p.amount, report.unit()));
      out.report.add(rules::finance::break_even_by_reserves, "/total/forecast_variance",
                     fmt::format("the forecast break-even is reached by releasing {} of reserves ({}) against {} of "
                                 "pressures ({})",
                                 to_string(-analysis.release_total()), released, to_string(analysis.pressure_total()),
                                 pressed.empty() ? "none named" : pressed));
    }
  }

  // Percentage lines.
  const auto pct_check = [&](const BudgetLine& l, const std::string& path, const std::string& where) {
    const auto pct = l.declared_percentage();
    if (!pct) return;
    if (!report.percentage_base()) {
      out.report.add(rules::finance::percentage_base_missing, path,
                     fmt::format("{}: the line claims {} of a base the report does not declare", where, to_string(*pct)));
      return;
    }
    const auto& base = *report.percentage_base();
    const auto expected = pct->of(base.amount.value());
    const auto& stated = l.figures().forecast_budget;
    ReconciliationCheck c{std::string(rules::finance::percentage_line.id), pointer(path, "forecast_budget"),
                          fmt::format("{}, forecast budget", where), stated.value(), expected,
                          tolerance_for({&stated, &base.amount}, policy), report.unit()};
    if (!c.within_tolerance())
      out.report.add(rules::finance::percentage_line, c.path,
                     fmt::format("{}: printed {} but {} of {} ({}) is {}; off by {}, tolerance ±{}", where, stated.printed(),
                                 to_string(*pct), base.amount.printed(), base.description, in_unit(expected, report.unit()),
                                 in_unit(c.drift(), report.unit()), to_string(c.tolerance)));
    out.checks.push_back(std::move(c));
  };
  for (std::size_t si = 0; si < sections.size(); ++si)
    for (std::size_t li = 0; li < sections[si].lines().size(); ++li)
      pct_check(sections[si].lines()[li], pointer("", "sections", si, "lines", li),
                line_where(sections[si], sections[si].lines()[li]));
  for (std::size_t i = 0; i < report.standalone_lines().size(); ++i)
    pct_check(report.standalone_lines()[i], pointer("", "standalone_lines", i), report.standalone_lines()[i].name());

  // Narrative figures.
  for (std::size_t i = 0; i < report.narrative().size(); ++i) {
    const auto& n = report.narrative()[i];
    const auto* f = report.figures_at(n.section, n.line);
    if (!f) continue;  // add_narrative guarantees the cell exists
    const auto where = fmt::format("{}{}{}, {}", n.section.empty() && n.line.empty() ? "grand total" : n.section,
                                   !n.section.empty() && !n.line.empty() ? " / " : "",
                                   n.line.empty() && !n.section.empty() ? " subtotal" : n.line, label(n.column));
    check_narrative(ck, n, (*f)[n.column], pointer("", "narrative", i), where, policy);
  }
  return out;
}

Reconciliation reconcile(const PositionTable& table, ReconciliationPolicy policy) {
  Reconciliation out;
  Checker ck(out, table.unit());
  const auto& cols = table.columns();
  // A row's figures are its "values" array, in the order of the table's "columns".
  const auto value_path = [&](const std::string& row, std::size_t column) { return pointer(row, "values", column); };
  const auto row_variances = [&](const PositionRow& r, const std::string& path) {
    const auto one = [&](BudgetColumn plan, BudgetColumn actual, BudgetColumn var) {
      const auto p = table.column_index(plan), a = table.column_index(actual), v = table.column_index(var);
      if (!p || !a || !v) return;
      const auto& P = r.values[*p];
      const auto& A = r.values[*a];
      const auto& V = r.values[*v];
      ck.compare(rules::finance::position_variance, value_path(path, *v),
                 fmt::format("{}, {}", r.organisation.empty() ? "combined" : r.organisation, label(var)), V,
                 A.value() - P.value(), tolerance_for({&P, &A, &V}, policy),
                 fmt::format("actual − plan = {} − {}", A.printed(), P.printed()));
    };
    one(BudgetColumn::YtdBudget, BudgetColumn::YtdActual, BudgetColumn::YtdVariance);
    one(BudgetColumn::ForecastBudget, BudgetColumn::ForecastOutturn, BudgetColumn::ForecastVariance);
    if (r.control_total) {
      if (const auto fo = table.column_index(BudgetColumn::ForecastOutturn)) {
        const auto over = r.values[*fo].value() - r.control_total->value();
        if (over > tolerance_for({&r.values[*fo], &*r.control_total}, policy))
          out.report.add(rules::finance::control_total, value_path(path, *fo),
                         fmt::format("{}: forecast outturn {} is worse than the control total {} by {}", r.organisation,
                                     r.values[*fo].printed(), r.control_total->printed(), in_unit(over, table.unit())));
      }
    }
  };
  for (std::size_t i = 0; i < table.rows().size(); ++i) row_variances(table.rows()[i], pointer("", "rows", i));
  if (table.combined()) {
    row_variances(*table.combined(), "/combined");
    for (std::size_t c = 0; c < cols.size(); ++c) {
      Money sum{};
      std::vector<const ReportedAmount*> involved{&table.combined()->values[c]};
      for (const auto& r : table.rows()) {
        sum += r.values[c].value();
        involved.push_back(&r.values[c]);
      }
      ck.compare(rules::finance::position_combined, value_path("/combined", c),
                 fmt::format("combined, {}", label(cols[c])), table.combined()->values[c], sum,
                 tolerance_for(involved, policy), fmt::format("the sum of {} organisations", table.rows().size()));
    }
  }
  for (std::size_t i = 0; i < table.narrative().size(); ++i) {
    const auto& n = table.narrative()[i];
    const auto* r = table.find_row(n.line);
    const auto c = table.column_index(n.column);
    if (!r || !c) continue;
    check_narrative(ck, n, r->values[*c], pointer("", "narrative", i),
                    fmt::format("{}, {}", n.line.empty() ? "combined" : n.line, label(n.column)), policy);
  }
  return out;
}

Reconciliation reconcile_with_reports(const PositionTable& summary, const std::vector<BudgetReport>& reports,
                                      BudgetColumn column, ReconciliationPolicy policy) {
  Reconciliation out;
  Checker ck(out, summary.unit());
  const auto c = summary.column_index(column);
  if (!c) return out;
  for (std::size_t i = 0; i < summary.rows().size(); ++i) {
    const auto& row = summary.rows()[i];
    for (const auto& r : reports) {
      if (r.organisation() != row.organisation || !r.total()) continue;
      const auto& cell = (*r.total())[column];
      ck.compare(rules::finance::position_matches_report, pointer("", "rows", i, "values", *c),
                 fmt::format("{}, {} against \"{}\"", row.organisation, label(column), r.title().empty() ? r.organisation() : r.title()),
                 row.values[*c], cell.value(), tolerance_for({&row.values[*c], &cell}, policy),
                 fmt::format("the report's total {}", label(column)));
    }
  }
  return out;
}

Reconciliation reconcile(const AmountTable& table, ReconciliationPolicy policy) {
  Reconciliation out;
  Checker ck(out, table.unit());
  if (!table.total()) return out;
  for (std::size_t c = 0; c < table.columns().size(); ++c) {
    const auto& cell = (*table.total())[c];
    if (cell.blank()) continue;
    std::vector<const ReportedAmount*> involved;
    for (const auto& p : cell.parts) involved.push_back(&p);
    for (const auto& r : table.rows())
      for (const auto& p : r.cells[c].parts) involved.push_back(&p);
    const ReportedAmount stated(cell.value(), table.unit(), cell.parts.front().decimals());
    ck.compare(rules::finance::table_total, pointer("", "total", c), fmt::format("{}, {} total", table.title(), table.columns()[c]),
               stated, table.column_sum(c), tolerance_for(involved, policy),
               fmt::format("the sum of its {} rows", table.rows().size()));
  }
  return out;
}

Reconciliation reconcile(const StaffingTable& table, ReconciliationPolicy policy) {
  Reconciliation out;
  Checker ck(out, MoneyUnit::Pounds);
  Money sum{};
  std::vector<const ReportedAmount*> totals;
  for (std::size_t i = 0; i < table.lines().size(); ++i) {
    const auto& l = table.lines()[i];
    const auto path = pointer("", "lines", i);
    ck.compare(rules::finance::staffing_on_cost, pointer(path, "with_on_costs"), fmt::format("{}, cost including on-costs", l.role()),
               l.with_on_costs(), table.on_cost_factor().of(l.mid_point().value()),
               tolerance_for({&l.mid_point(), &l.with_on_costs()}, policy),
               fmt::format("{} × {}", l.mid_point().printed(), to_string(table.on_cost_factor())));
    ck.compare(rules::finance::staffing_line_total, pointer(path, "total"), fmt::format("{}, total", l.role()), l.total(),
               l.with_on_costs().value() * l.posts(), tolerance_for({&l.with_on_costs(), &l.total()}, policy),
               fmt::format("{} × {}", l.posts(), l.with_on_costs().printed()));
    sum += l.total().value();
    totals.push_back(&l.total());
  }
  if (table.stated_total()) {
    totals.push_back(&*table.stated_total());
    ck.compare(rules::finance::staffing_table_total, "/stated_total", fmt::format("{}, total", table.title()), *table.stated_total(),
               sum, tolerance_for(totals, policy), fmt::format("the sum of its {} lines", table.lines().size()));
  }
  return out;
}

Reconciliation reconcile(const FundingStream& s, ReconciliationPolicy policy) {
  Reconciliation out;
  Checker ck(out, s.amount() ? s.amount()->unit() : MoneyUnit::Pounds);
  if (s.amount() && !s.phasing().empty()) {
    Money sum{};
    std::vector<const ReportedAmount*> involved{&*s.amount()};
    for (const auto& p : s.phasing()) {
      sum += p.amount.value();
      involved.push_back(&p.amount);
    }
    ck.compare(rules::finance::funding_phasing, "/phasing", fmt::format("{}, phasing", s.scheme()), *s.amount(), sum,
               tolerance_for(involved, policy), fmt::format("the sum of {} years", s.phasing().size()));
  }
  if (s.per_head()) {
    const auto& ph = *s.per_head();
    if (!ph.population) return out;
    if (ph.population->basis() == PopulationBasis::Unstated)
      out.report.add(rules::finance::population_basis, "/per_head/population",
                     fmt::format("{}: per-head funding on a population of {} whose basis (raw, CCG weighted, ONS weighted) "
                                 "is not stated",
                                 s.scheme(), ph.population->people()));
    const auto expected = per_head_funding(ph.rate, *ph.population);
    const ReportedAmount stated(s.total(), s.amount() ? s.amount()->unit() : MoneyUnit::Pounds,
                                s.amount() ? s.amount()->decimals() : 2);
    // The rate is printed to the penny: the population times a penny is its share of the rounding.
    const auto rate_step = Money::from_pence(policy.tolerance_steps == 0 ? 0 : ph.population->people());
    const auto amount_tol = s.amount() ? tolerance_for({&*s.amount()}, policy) : Money{};
    ReconciliationCheck c{std::string(rules::finance::funding_per_head.id), "/per_head", fmt::format("{}, per-head amount", s.scheme()),
                          stated.value(), expected, std::max(amount_tol, rate_step), MoneyUnit::Pounds};
    const bool ok = ph.at_least ? stated.value() + c.tolerance >= expected : c.within_tolerance();
    if (!ok)
      out.report.add(rules::finance::funding_per_head, c.path,
                     fmt::format("{}: {} but {} × {} ({}) = {}; off by {}, tolerance ±{}", s.scheme(), to_string(stated.value()),
                                 ph.population->people(), to_string(ph.rate), to_string(ph.population->basis()),
                                 to_string(expected), to_string(c.drift()), to_string(c.tolerance)));
    out.checks.push_back(std::move(c));
  }
  return out;
}

Reconciliation reconcile(const Allocation& a, ReconciliationPolicy policy) {
  Reconciliation out;
  for (std::size_t i = 0; i < a.streams.size(); ++i)
    out.append(reconcile(a.streams[i], policy), pointer("", "streams", i));
  return out;
}

Money ReserveAnalysis::pressure_total() const {
  Money m{};
  for (const auto& p : pressures) m += p.amount;
  return m;
}
Money ReserveAnalysis::release_total() const {
  Money m{};
  for (const auto& r : releases) m += r.amount;
  return m;
}

ReserveAnalysis analyse_reserves(const BudgetReport& report) {
  ReserveAnalysis a;
  const auto visit = [&](const std::string& section, const BudgetLine& l) {
    const auto v = l.figures().forecast_variance.value();
    if (l.kind() == LineKind::Reserve && v < Money{}) a.releases.push_back({section, l.name(), v});
    if (l.kind() == LineKind::Spend && v > Money{}) a.pressures.push_back({section, l.name(), v});
  };
  for (const auto& s : report.sections())
    for (const auto& l : s.lines()) visit(s.name(), l);
  for (const auto& l : report.standalone_lines()) visit({}, l);
  return a;
}

}  // namespace commissioning::finance
