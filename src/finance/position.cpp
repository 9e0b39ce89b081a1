#include "commissioning/finance/position.hpp"

#include <fmt/format.h>

#include <set>
#include <stdexcept>

#include "commissioning/core/text.hpp"

namespace commissioning::finance {

PositionTable::PositionTable(std::string title, FinancialMonth period, MoneyUnit unit, std::vector<BudgetColumn> columns,
                             std::vector<PositionRow> rows, std::optional<PositionRow> combined)
    : title_(std::move(title)),
      period_(period),
      unit_(unit),
      columns_(std::move(columns)),
      rows_(std::move(rows)),
      combined_(std::move(combined)) {
  if (columns_.empty()) throw std::invalid_argument("a position table needs at least one column");
  std::set<BudgetColumn> cols(columns_.begin(), columns_.end());
  if (cols.size() != columns_.size()) throw std::invalid_argument("a position table names a column twice");
  std::set<std::string> orgs;
  auto check_row = [&](const PositionRow& r, std::string_view what) {
    if (r.values.size() != columns_.size())
      throw std::invalid_argument(fmt::format("{} has {} values for {} columns", what, r.values.size(), columns_.size()));
    for (const auto& v : r.values)
      if (v.unit() != unit_)
        throw std::invalid_argument(fmt::format("{} has a figure in {}, the table is in {}", what, to_string(v.unit()),
                                                to_string(unit_)));
    if (r.control_total && r.control_total->unit() != unit_)
      throw std::invalid_argument(fmt::format("{} has a control total in another unit", what));
  };
  for (const auto& r : rows_) {
    if (text::trim(r.organisation).empty()) throw std::invalid_argument("a position row needs an organisation");
    if (!orgs.insert(text::to_lower(r.organisation)).second)
      throw std::invalid_argument(fmt::format("the organisation \"{}\" appears twice", r.organisation));
    check_row(r, fmt::format("the row for {}", r.organisation));
  }
  if (combined_) {
    if (rows_.empty()) throw std::invalid_argument("a position table has a combined row but no organisations");
    check_row(*combined_, "the combined row");
  }
}

std::optional<std::size_t> PositionTable::column_index(BudgetColumn c) const noexcept {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == c) return i;
  return std::nullopt;
}

const PositionRow* PositionTable::find_row(std::string_view organisation) const noexcept {
  if (organisation.empty()) return combined_ ? &*combined_ : nullptr;
  for (const auto& r : rows_)
    if (r.organisation == organisation) return &r;
  return nullptr;
}

void PositionTable::add_narrative(NarrativeFigure n) {
  if (!find_row(n.line) || !column_index(n.column))
    throw std::invalid_argument(fmt::format("the narrative figure \"{}\" points at \"{}\" {}, which the table does not have",
                                            n.quote, n.line.empty() ? "combined" : n.line, label(n.column)));
  narrative_.push_back(std::move(n));
}

}  // namespace commissioning::finance
