#pragma once
// The finance area's validation rules. Each is checked by finance/reconciliation.hpp and has
// a test that fails without it (tests/finance/).
#include <span>

#include "commissioning/core/diagnostic.hpp"

namespace commissioning::rules::finance {

inline constexpr Rule variance{
    "finance.budget.variance", Severity::Error,
    "Each variance equals actual − budget (year to date and forecast), within the unit's rounding",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.14, L381–382: 'Year To Date: Budget Actual Variance', 'Forecast: Budget Actual Variance'; R10(a)"};
inline constexpr Rule subtotal{
    "finance.budget.subtotal", Severity::Error,
    "A section's subtotal row equals the sum of its lines in every column, within rounding",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R10(b): the unlabelled rows L388, L395, L405, L411, L419"};
inline constexpr Rule total{
    "finance.budget.total", Severity::Error,
    "The grand total equals the section subtotals plus the standalone lines, within rounding",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R10(c): L420 = subtotals + QOF (L412); L497 = subtotals + GP IT (L496)"};
inline constexpr Rule forecast_below_ytd{
    "finance.budget.forecast-below-ytd", Severity::Warning,
    "A spend line's forecast outturn is not below what has already been spent this year",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R10(g): Stoke CQC Fees YTD actual 186 vs forecast 187 is fine; a forecast below YTD actual is not"};
inline constexpr Rule break_even_by_reserves{
    "finance.budget.break-even-by-reserves", Severity::Info,
    "A forecast break-even reached by releasing reserves against pressures is surfaced",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R10(f), L284: break even, with Stoke APMS +383 offset by Other Uncommitted Reserves −383"};
inline constexpr Rule narrative{
    "finance.narrative.matches-table", Severity::Error,
    "A figure quoted in the text equals the table cell it summarises, within both roundings",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R10(h): '£139k' ↔ −139, '£401k' ↔ 401, '£0.20m Deficit' ↔ −200 (E16)"};
inline constexpr Rule percentage_line{
    "finance.budget.percentage-line", Severity::Warning,
    "A line named for a percentage ('0.5% Contingency') equals that share of the declared base",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R10(i), L418 '0.5% Contingency' 197; South Staffordshire CCGs Operational Plan 2017–19 (seed 002) business rule: 0.5% contingency"};
inline constexpr Rule percentage_base_missing{
    "finance.budget.percentage-base-missing", Severity::Info,
    "A percentage line cannot be checked because the report declares no base",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L414, L418: the pack never states the base of its 0.5% lines"};
inline constexpr Rule position_variance{
    "finance.position.variance", Severity::Error,
    "A CCG's position variance equals actual − plan, within rounding",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L370–373: 'Plan Actual Variance' for year to date and forecast outturn"};
inline constexpr Rule position_combined{
    "finance.position.combined", Severity::Error,
    "A combined position equals the sum of the organisations' positions, within rounding",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R10(d): 'Combined Surplus / Deficit' L336 and L373"};
inline constexpr Rule position_matches_report{
    "finance.position.matches-report", Severity::Error,
    "A summary position equals the total of the organisation's own budget report",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L334–335 (-139, -47) against the Appendix 1 and 2 totals L420 and L463"};
inline constexpr Rule control_total{
    "finance.position.control-total", Severity::Warning,
    "A CCG's forecast outturn is no worse than its control total",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L366: 'forecasting a £6.60m in-year surplus which is in line with the control totals'"};
inline constexpr Rule table_total{
    "finance.table.total", Severity::Error,
    "A money table's total row equals the sum of its rows, column by column, within rounding",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §4.10 Tables 1–2 (L814–834) and §4.12 (L1445–1463)"};
inline constexpr Rule staffing_on_cost{
    "finance.staffing.on-cost", Severity::Error,
    "A post's cost including on-costs equals its mid-point cost times the table's on-cost factor",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.17: 40,407/32,171 = 32,573/25,934 = 24,017/19,122 = 1.2560"};
inline constexpr Rule staffing_line_total{
    "finance.staffing.line-total", Severity::Error,
    "A staffing line's total equals the number of posts times the cost per post",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1310: 8 × £32,573 = £260,584"};
inline constexpr Rule staffing_table_total{
    "finance.staffing.table-total", Severity::Error,
    "A staffing table's stated total equals the sum of its lines",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1313: 'Total maximum costs £455,300'"};
inline constexpr Rule funding_phasing{
    "finance.funding.phasing", Severity::Error,
    "A funding stream's phasing by financial year sums to its stated amount",
    "Luton CCG GP Forward View plan, Feb 2017 (seed 003) L150: 'Budget allocation is 350k in 17/18 and 350k in 18/19'"};
inline constexpr Rule funding_per_head{
    "finance.funding.per-head", Severity::Error,
    "Per-head funding equals population × rate, within the rounding of the amount and the rate",
    "Luton CCG GP Forward View plan, Feb 2017 (seed 003) L148: '2018/19: 780,397 ( 3.34 per head)'; North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) R19 (L1870)"};
inline constexpr Rule population_basis{
    "finance.funding.population-basis", Severity::Warning,
    "The population behind per-head funding states its basis (raw, CCG weighted or ONS weighted)",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L1870: the ONS weighting 'would not provide the £3.34 and £6 a head … This would produce a funding shortfall'"};

}  // namespace commissioning::rules::finance

namespace commissioning::rules {
std::span<const Rule* const> finance_rules() noexcept;
}  // namespace commissioning::rules
