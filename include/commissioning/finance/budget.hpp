#pragma once
// A budget report as a CCG finance team prints it: one organisation, one month of one
// financial year, one budget family, one unit (usually £'000s), sections of lines with an
// (often unlabelled) subtotal row, standalone lines such as QOF or GP IT, and a grand total.
//
// Sign convention (seed 000 §1.14): variance = actual − budget, for the year to date and for
// the forecast. A negative variance is an underspend (favourable); a positive one is an
// overspend (a pressure). The library stores the printed figures exactly as printed (with
// their unit and "-0") and never recomputes or "fixes" them: reconciliation
// (finance/reconciliation.hpp) reports what disagrees, by how much and where.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/percentage.hpp"
#include "commissioning/core/reported_amount.hpp"
#include "commissioning/core/spelling.hpp"

namespace commissioning::finance {

// The two families of primary-care budget in the seed pack (seed 000 L327, L358).
enum class BudgetFamily : std::uint8_t {
  DelegatedPrimaryMedicalServices,    // "Primary Medical Services - Delegated Budgets"
  OtherPrimaryCareCommissioning,      // "Primary Care - Commissioning Budgets"
};
std::string_view to_string(BudgetFamily f) noexcept;  // "delegated", "commissioning"
// "delegated", "Primary Medical Services - Delegated Budgets", "commissioning",
// "Primary Care - Commissioning Budgets". Throws ParseError.
BudgetFamily parse_budget_family(std::string_view text);

// The six figure columns of a budget line, in the order the tables print them.
enum class BudgetColumn : std::uint8_t {
  YtdBudget, YtdActual, YtdVariance, ForecastBudget, ForecastOutturn, ForecastVariance,
};
inline constexpr std::array<BudgetColumn, 6> all_budget_columns{
    BudgetColumn::YtdBudget,      BudgetColumn::YtdActual,       BudgetColumn::YtdVariance,
    BudgetColumn::ForecastBudget, BudgetColumn::ForecastOutturn, BudgetColumn::ForecastVariance};
// "ytd_budget", "ytd_actual", "ytd_variance", "forecast_budget", "forecast_outturn",
// "forecast_variance": the JSON keys and CSV column names.
std::string_view to_string(BudgetColumn c) noexcept;
std::string_view label(BudgetColumn c) noexcept;  // "YTD budget", "forecast outturn", …
BudgetColumn parse_budget_column(std::string_view text);  // the names above; throws ParseError

// The six printed figures of one row. Any figures; BudgetLine checks that they share a unit.
struct BudgetFigures {
  ReportedAmount ytd_budget, ytd_actual, ytd_variance;
  ReportedAmount forecast_budget, forecast_outturn, forecast_variance;

  const ReportedAmount& operator[](BudgetColumn c) const noexcept;
  ReportedAmount& operator[](BudgetColumn c) noexcept;
  friend bool operator==(const BudgetFigures&, const BudgetFigures&) = default;
};
// Six figures read in a table's unit, in column order: {"3,653", "3,654", "1", …}. Throws
// ParseError naming the column.
BudgetFigures parse_budget_figures(const std::array<std::string_view, 6>& cells, MoneyUnit unit);

// An amount that stands alone, written with its unit: "£139k", "-£0k", "£1.402m", "£32171".
// parse_reported_amount reads it back to an equal value.
std::string amount_text(const ReportedAmount& a);

// Spend lines carry costs; reserve lines hold money that can be released to offset pressures
// (seed 000 L413–418). The forecast-below-year-to-date warning applies to spend lines only.
enum class LineKind : std::uint8_t { Spend, Reserve };
std::string_view to_string(LineKind k) noexcept;  // "spend", "reserve"
LineKind parse_line_kind(std::string_view text);

class BudgetLine {
 public:
  BudgetLine() = default;
  // Throws std::invalid_argument for an empty name or figures in more than one unit.
  BudgetLine(std::string name, BudgetFigures figures, LineKind kind = LineKind::Spend);

  const std::string& name() const noexcept { return name_; }
  const BudgetFigures& figures() const noexcept { return figures_; }
  LineKind kind() const noexcept { return kind_; }
  MoneyUnit unit() const noexcept { return figures_.ytd_budget.unit(); }
  // "0.5% Contingency" declares 0.5% in its name; a percentage line is checked against the
  // report's declared base.
  std::optional<Percentage> declared_percentage() const;

  friend bool operator==(const BudgetLine&, const BudgetLine&) = default;

 private:
  std::string name_;
  BudgetFigures figures_{};
  LineKind kind_{LineKind::Spend};
};

class BudgetSection {
 public:
  BudgetSection() = default;
  // Throws std::invalid_argument for an empty name, a line name repeated in the section, a
  // subtotal with no lines, or figures in a unit other than the lines'.
  BudgetSection(std::string name, std::vector<BudgetLine> lines,
                std::optional<BudgetFigures> subtotal = std::nullopt);

  const std::string& name() const noexcept { return name_; }
  const std::vector<BudgetLine>& lines() const noexcept { return lines_; }
  // The printed subtotal row (unlabelled in the seed), if the table prints one.
  const std::optional<BudgetFigures>& subtotal() const noexcept { return subtotal_; }
  const BudgetLine* find(std::string_view line_name) const noexcept;

  friend bool operator==(const BudgetSection&, const BudgetSection&) = default;

 private:
  std::string name_;
  std::vector<BudgetLine> lines_;
  std::optional<BudgetFigures> subtotal_;
};

// Which way a narrative figure points: "underspend of £139k" is −139 in a table whose
// variances are actual − budget; "£0.20m Deficit" is +200.
enum class NarrativeSense : std::uint8_t {
  AsPrinted,  // "reserves of £1,427k": the figure as it stands
  Negative,   // underspend, surplus, favourable
  Positive,   // overspend, deficit, adverse, pressure
};
std::string_view to_string(NarrativeSense s) noexcept;  // "as-printed", "negative", "positive"
NarrativeSense parse_narrative_sense(std::string_view text);

// A figure quoted in the text of a paper, pointing at the table cell it summarises. In a
// budget report the cell is a line (section + line), a section subtotal (section only), a
// standalone line (line only) or the grand total (neither). In a position table `line` names
// the organisation row, empty for the combined row.
struct NarrativeFigure {
  std::string quote;   // verbatim: "The CCG is showing an underspend of £47k"
  std::string source;  // "seed 000 L342"
  ReportedAmount amount;
  NarrativeSense sense{NarrativeSense::AsPrinted};
  std::string section;
  std::string line;
  BudgetColumn column{BudgetColumn::YtdVariance};

  // The table value the quote claims: −amount for Negative, +amount for Positive.
  Money signed_value() const;
  friend bool operator==(const NarrativeFigure&, const NarrativeFigure&) = default;
};

// The base a percentage line is a share of ("0.5% Contingency" of the CCG's allocation).
struct PercentageBase {
  ReportedAmount amount;
  std::string description;  // "2018/19 delegated allocation"
  friend bool operator==(const PercentageBase&, const PercentageBase&) = default;
};

class BudgetReport {
 public:
  BudgetReport() = default;
  // Throws std::invalid_argument for an empty organisation, a section name used twice, a
  // standalone line named twice or like a section, a total with no lines to total, or any
  // figure in a unit other than `unit`.
  BudgetReport(std::string organisation, FinancialMonth period, BudgetFamily family, MoneyUnit unit,
               std::vector<BudgetSection> sections, std::vector<BudgetLine> standalone_lines,
               std::optional<BudgetFigures> total, std::string title = {});

  const std::string& organisation() const noexcept { return organisation_; }
  const std::string& title() const noexcept { return title_; }
  FinancialMonth period() const noexcept { return period_; }
  BudgetFamily family() const noexcept { return family_; }
  MoneyUnit unit() const noexcept { return unit_; }
  const std::vector<BudgetSection>& sections() const noexcept { return sections_; }
  const std::vector<BudgetLine>& standalone_lines() const noexcept { return standalone_; }
  const std::optional<BudgetFigures>& total() const noexcept { return total_; }
  const std::vector<NarrativeFigure>& narrative() const noexcept { return narrative_; }
  const std::optional<PercentageBase>& percentage_base() const noexcept { return percentage_base_; }

  // Quotes from the paper's text to check against the table; the cell each names must exist
  // (throws std::invalid_argument otherwise).
  void add_narrative(NarrativeFigure n);
  void set_percentage_base(std::optional<PercentageBase> base) { percentage_base_ = std::move(base); }

  const BudgetSection* find_section(std::string_view name) const noexcept;
  const BudgetLine* find_standalone(std::string_view name) const noexcept;
  // The figures at a narrative figure's address, or nullptr.
  const BudgetFigures* figures_at(std::string_view section, std::string_view line) const noexcept;
  std::size_t line_count() const noexcept;

  friend bool operator==(const BudgetReport&, const BudgetReport&) = default;

 private:
  std::string organisation_;
  std::string title_;
  FinancialMonth period_{};
  BudgetFamily family_{BudgetFamily::DelegatedPrimaryMedicalServices};
  MoneyUnit unit_{MoneyUnit::Thousands};
  std::vector<BudgetSection> sections_;
  std::vector<BudgetLine> standalone_;
  std::optional<BudgetFigures> total_;
  std::vector<NarrativeFigure> narrative_;
  std::optional<PercentageBase> percentage_base_;
};

}  // namespace commissioning::finance

// The spellings: canonical first (what JSON writes), then the variants documents use.
COMMISSIONING_SPELLINGS(commissioning::finance::BudgetFamily, "budget family",
    {"delegated", commissioning::finance::BudgetFamily::DelegatedPrimaryMedicalServices},
    {"Primary Medical Services - Delegated Budgets", commissioning::finance::BudgetFamily::DelegatedPrimaryMedicalServices},
    {"Delegated Primary Medical Services", commissioning::finance::BudgetFamily::DelegatedPrimaryMedicalServices},
    {"commissioning", commissioning::finance::BudgetFamily::OtherPrimaryCareCommissioning},
    {"Primary Care - Commissioning Budgets", commissioning::finance::BudgetFamily::OtherPrimaryCareCommissioning},
    {"Other Primary Care Commissioning", commissioning::finance::BudgetFamily::OtherPrimaryCareCommissioning})

COMMISSIONING_SPELLINGS(commissioning::finance::BudgetColumn, "budget column",
    {"ytd_budget", commissioning::finance::BudgetColumn::YtdBudget},
    {"ytd_actual", commissioning::finance::BudgetColumn::YtdActual},
    {"ytd_variance", commissioning::finance::BudgetColumn::YtdVariance},
    {"forecast_budget", commissioning::finance::BudgetColumn::ForecastBudget},
    {"forecast_outturn", commissioning::finance::BudgetColumn::ForecastOutturn},
    {"forecast_variance", commissioning::finance::BudgetColumn::ForecastVariance})

COMMISSIONING_SPELLINGS(commissioning::finance::LineKind, "line kind",
    {"spend", commissioning::finance::LineKind::Spend},
    {"reserve", commissioning::finance::LineKind::Reserve})

COMMISSIONING_SPELLINGS(commissioning::finance::NarrativeSense, "narrative sense",
    {"as-printed", commissioning::finance::NarrativeSense::AsPrinted},
    {"negative", commissioning::finance::NarrativeSense::Negative},
    {"underspend", commissioning::finance::NarrativeSense::Negative},
    {"surplus", commissioning::finance::NarrativeSense::Negative},
    {"favourable", commissioning::finance::NarrativeSense::Negative},
    {"positive", commissioning::finance::NarrativeSense::Positive},
    {"overspend", commissioning::finance::NarrativeSense::Positive},
    {"deficit", commissioning::finance::NarrativeSense::Positive},
    {"adverse", commissioning::finance::NarrativeSense::Positive})
