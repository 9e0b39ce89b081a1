#pragma once
// Small money tables with named columns, as discretionary spending plans print them
// (seed 000 §4.10: underspend by reason, reserves by CCG, the budget planner) and investment
// requests (§4.12). A cell can be empty, confidential ("£40,000*") or compound ("230,000 plus
// £153,000 arrears"): it keeps its verbatim text and the amounts read from it.
#include <optional>
#include <string>
#include <vector>

#include "commissioning/core/reported_amount.hpp"

namespace commissioning::finance {

struct AmountCell {
  std::string verbatim;               // as printed; empty for a blank cell
  std::vector<ReportedAmount> parts;  // the amounts it states; empty for a blank cell
  bool confidential{false};           // marked "*"

  bool blank() const noexcept { return parts.empty(); }
  Money value() const;  // Σ parts
  friend bool operator==(const AmountCell&, const AmountCell&) = default;
};
// Reads a cell as printed: "1,197", "£50,000", "£40,000*", "230,000 plus £153,000 arrears",
// "" (blank). Bare numbers take the table's unit. Throws ParseError.
AmountCell parse_amount_cell(std::string_view text, MoneyUnit unit);

struct AmountRow {
  std::string label;
  std::string category;  // the planner's "Budget" column ("Estates"); empty when none
  std::vector<AmountCell> cells;
  friend bool operator==(const AmountRow&, const AmountRow&) = default;
};

class AmountTable {
 public:
  AmountTable() = default;
  // Throws std::invalid_argument for no columns, a row with the wrong number of cells, a
  // total with no rows, or an empty label on a row.
  AmountTable(std::string title, MoneyUnit unit, std::vector<std::string> columns, std::vector<AmountRow> rows,
              std::optional<std::vector<AmountCell>> total = std::nullopt, std::string source = {});

  const std::string& title() const noexcept { return title_; }
  const std::string& source() const noexcept { return source_; }
  MoneyUnit unit() const noexcept { return unit_; }
  const std::vector<std::string>& columns() const noexcept { return columns_; }
  const std::vector<AmountRow>& rows() const noexcept { return rows_; }
  const std::optional<std::vector<AmountCell>>& total() const noexcept { return total_; }
  Money column_sum(std::size_t column) const;

  friend bool operator==(const AmountTable&, const AmountTable&) = default;

 private:
  std::string title_;
  std::string source_;
  MoneyUnit unit_{MoneyUnit::Pounds};
  std::vector<std::string> columns_;
  std::vector<AmountRow> rows_;
  std::optional<std::vector<AmountCell>> total_;
};

}  // namespace commissioning::finance
