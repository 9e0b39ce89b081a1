#include "commissioning/finance/amount_table.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::finance {

Money AmountCell::value() const {
  Money sum{};
  for (const auto& p : parts) sum += p.value();
  return sum;
}

AmountCell parse_amount_cell(std::string_view raw, MoneyUnit unit) {
  AmountCell cell;
  cell.verbatim = std::string(text::trim(raw));
  std::string_view rest = cell.verbatim;
  if (rest.empty()) return cell;
  // "230,000 plus £153,000 arrears": amounts joined by "plus", each possibly followed by words.
  std::size_t offset = 0;
  while (!rest.empty()) {
    const auto plus = rest.find(" plus ");
    std::string_view piece = text::trim(rest.substr(0, plus));
    std::size_t piece_at = offset + static_cast<std::size_t>(piece.data() - rest.data());
    // Words after the figure ("arrears") describe it; the figure ends at the first space
    // that follows a digit.
    std::size_t end = piece.size();
    for (std::size_t i = 1; i < piece.size(); ++i)
      if (piece[i] == ' ' && piece[i - 1] >= '0' && piece[i - 1] <= '9') {
        end = i;
        break;
      }
    std::string_view figure = piece.substr(0, end);
    // What follows a figure may describe it ("arrears") but may not be another figure.
    for (std::size_t i = end; i < piece.size(); ++i)
      if (piece[i] >= '0' && piece[i] <= '9')
        throw ParseError("a money cell", raw, piece_at + i,
                         "a second figure without \"plus\" between them; the cell is not guessed at");
    if (!figure.empty() && figure.back() == '*') {
      cell.confidential = true;
      figure.remove_suffix(1);
    }
    try {
      cell.parts.push_back(parse_reported_amount(figure, unit));
    } catch (const ParseError& e) {
      throw ParseError("a money cell", raw, piece_at + e.position(), e.reason());
    }
    if (plus == std::string_view::npos) break;
    offset += plus + 6;
    rest = rest.substr(plus + 6);
  }
  return cell;
}

AmountTable::AmountTable(std::string title, MoneyUnit unit, std::vector<std::string> columns, std::vector<AmountRow> rows,
                         std::optional<std::vector<AmountCell>> total, std::string source)
    : title_(std::move(title)),
      source_(std::move(source)),
      unit_(unit),
      columns_(std::move(columns)),
      rows_(std::move(rows)),
      total_(std::move(total)) {
  if (columns_.empty()) throw std::invalid_argument("a money table needs at least one column");
  for (const auto& r : rows_) {
    if (text::trim(r.label).empty()) throw std::invalid_argument("a money table row needs a label");
    if (r.cells.size() != columns_.size())
      throw std::invalid_argument(fmt::format("row \"{}\" has {} cells for {} columns", r.label, r.cells.size(),
                                              columns_.size()));
  }
  if (total_) {
    if (rows_.empty()) throw std::invalid_argument("a money table has a total row but no rows");
    if (total_->size() != columns_.size())
      throw std::invalid_argument(fmt::format("the total row has {} cells for {} columns", total_->size(), columns_.size()));
  }
}

Money AmountTable::column_sum(std::size_t column) const {
  Money sum{};
  for (const auto& r : rows_) sum += r.cells.at(column).value();
  return sum;
}

}  // namespace commissioning::finance
