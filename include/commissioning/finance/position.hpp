#pragma once
// A CCG's financial position against plan and control total, and the combined position of
// several CCGs (seed 000 L331–336 and L364–373). Negative = surplus, as the tables print it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/reported_amount.hpp"
#include "commissioning/finance/budget.hpp"

namespace commissioning::finance {

struct PositionRow {
  std::string organisation;
  std::vector<ReportedAmount> values;  // one per column of the table
  // The control total agreed for the year, where stated; the forecast outturn should not be
  // worse (more positive) than it.
  std::optional<ReportedAmount> control_total;
  friend bool operator==(const PositionRow&, const PositionRow&) = default;
};

class PositionTable {
 public:
  PositionTable() = default;
  // Throws std::invalid_argument for no columns, a column repeated, a row with the wrong
  // number of values or an empty or repeated organisation, or figures in another unit.
  PositionTable(std::string title, FinancialMonth period, MoneyUnit unit, std::vector<BudgetColumn> columns,
                std::vector<PositionRow> rows, std::optional<PositionRow> combined);

  const std::string& title() const noexcept { return title_; }
  FinancialMonth period() const noexcept { return period_; }
  MoneyUnit unit() const noexcept { return unit_; }
  const std::vector<BudgetColumn>& columns() const noexcept { return columns_; }
  const std::vector<PositionRow>& rows() const noexcept { return rows_; }
  // The printed "Combined Surplus / Deficit" row.
  const std::optional<PositionRow>& combined() const noexcept { return combined_; }
  const std::vector<NarrativeFigure>& narrative() const noexcept { return narrative_; }
  // The NarrativeFigure's `line` names the organisation (empty: the combined row); its
  // column must be one of the table's. Throws std::invalid_argument otherwise.
  void add_narrative(NarrativeFigure n);

  std::optional<std::size_t> column_index(BudgetColumn c) const noexcept;
  const PositionRow* find_row(std::string_view organisation) const noexcept;  // "" = combined

  friend bool operator==(const PositionTable&, const PositionTable&) = default;

 private:
  std::string title_;
  FinancialMonth period_{};
  MoneyUnit unit_{MoneyUnit::Thousands};
  std::vector<BudgetColumn> columns_;
  std::vector<PositionRow> rows_;
  std::optional<PositionRow> combined_;
  std::vector<NarrativeFigure> narrative_;
};

}  // namespace commissioning::finance
