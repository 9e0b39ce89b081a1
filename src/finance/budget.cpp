#include "commissioning/finance/budget.hpp"

#include <fmt/format.h>

#include <set>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::finance {

std::string_view to_string(BudgetFamily f) noexcept { return spelling(f); }

BudgetFamily parse_budget_family(std::string_view raw) { return parse_spelling<BudgetFamily>(raw); }

std::string_view to_string(BudgetColumn c) noexcept { return spelling(c); }

std::string_view label(BudgetColumn c) noexcept {
  switch (c) {
    case BudgetColumn::YtdBudget: return "YTD budget";
    case BudgetColumn::YtdActual: return "YTD actual";
    case BudgetColumn::YtdVariance: return "YTD variance";
    case BudgetColumn::ForecastBudget: return "forecast budget";
    case BudgetColumn::ForecastOutturn: return "forecast outturn";
    case BudgetColumn::ForecastVariance: break;
  }
  return "forecast variance";
}

BudgetColumn parse_budget_column(std::string_view raw) { return parse_spelling<BudgetColumn>(raw); }

const ReportedAmount& BudgetFigures::operator[](BudgetColumn c) const noexcept {
  switch (c) {
    case BudgetColumn::YtdBudget: return ytd_budget;
    case BudgetColumn::YtdActual: return ytd_actual;
    case BudgetColumn::YtdVariance: return ytd_variance;
    case BudgetColumn::ForecastBudget: return forecast_budget;
    case BudgetColumn::ForecastOutturn: return forecast_outturn;
    case BudgetColumn::ForecastVariance: break;
  }
  return forecast_variance;
}

ReportedAmount& BudgetFigures::operator[](BudgetColumn c) noexcept {
  return const_cast<ReportedAmount&>(static_cast<const BudgetFigures&>(*this)[c]);
}

BudgetFigures parse_budget_figures(const std::array<std::string_view, 6>& cells, MoneyUnit unit) {
  BudgetFigures f;
  for (std::size_t i = 0; i < 6; ++i) {
    try {
      f[all_budget_columns[i]] = parse_reported_amount(cells[i], unit);
    } catch (const ParseError& e) {
      throw ParseError(fmt::format("the {} figure", label(all_budget_columns[i])), cells[i], e.position(), e.reason());
    }
  }
  return f;
}

std::string amount_text(const ReportedAmount& a) {
  auto printed = a.printed();
  if (a.unit() == MoneyUnit::Millions) return printed;  // "-£2.04m"
  std::string sign;
  if (!printed.empty() && printed[0] == '-') {
    sign = "-";
    printed.erase(0, 1);
  }
  return sign + "£" + printed + (a.unit() == MoneyUnit::Thousands ? "k" : "");
}

std::string_view to_string(LineKind k) noexcept { return spelling(k); }

LineKind parse_line_kind(std::string_view raw) { return parse_spelling<LineKind>(raw); }

namespace {
void require_unit(const BudgetFigures& f, MoneyUnit unit, std::string_view what) {
  for (auto c : all_budget_columns)
    if (f[c].unit() != unit)
      throw std::invalid_argument(fmt::format("{}: the {} figure is in {}, the rest in {}", what, label(c),
                                              to_string(f[c].unit()), to_string(unit)));
}
std::string checked_name(std::string name, std::string_view what) {
  if (text::trim(name).empty()) throw std::invalid_argument(fmt::format("{} needs a name", what));
  return name;
}
}  // namespace

BudgetLine::BudgetLine(std::string name, BudgetFigures figures, LineKind kind)
    : name_(checked_name(std::move(name), "a budget line")), figures_(figures), kind_(kind) {
  require_unit(figures_, figures_.ytd_budget.unit(), name_);
}

std::optional<Percentage> BudgetLine::declared_percentage() const {
  const auto pct = name_.find('%');
  if (pct == std::string::npos || pct == 0) return std::nullopt;
  try {
    return parse_percentage(std::string_view(name_).substr(0, pct + 1));
  } catch (const ParseError&) {
    return std::nullopt;
  }
}

BudgetSection::BudgetSection(std::string name, std::vector<BudgetLine> lines, std::optional<BudgetFigures> subtotal)
    : name_(checked_name(std::move(name), "a budget section")), lines_(std::move(lines)), subtotal_(subtotal) {
  std::set<std::string> seen;
  for (const auto& l : lines_) {
    if (!seen.insert(text::to_lower(text::normalise(l.name()))).second)
      throw std::invalid_argument(fmt::format("section \"{}\" has the line \"{}\" twice", name_, l.name()));
    if (l.unit() != lines_.front().unit())
      throw std::invalid_argument(fmt::format("section \"{}\": line \"{}\" is in {}, the first line in {}", name_,
                                              l.name(), to_string(l.unit()), to_string(lines_.front().unit())));
  }
  if (subtotal_) {
    if (lines_.empty())
      throw std::invalid_argument(fmt::format("section \"{}\" has a subtotal row but no lines", name_));
    require_unit(*subtotal_, lines_.front().unit(), fmt::format("the subtotal of section \"{}\"", name_));
  }
}

const BudgetLine* BudgetSection::find(std::string_view line_name) const noexcept {
  for (const auto& l : lines_)
    if (l.name() == line_name) return &l;
  return nullptr;
}

Money NarrativeFigure::signed_value() const {
  const auto v = amount.value();
  const auto mag = v < Money{} ? -v : v;
  switch (sense) {
    case NarrativeSense::Negative: return -mag;
    case NarrativeSense::Positive: return mag;
    case NarrativeSense::AsPrinted: break;
  }
  return v;
}

std::string_view to_string(NarrativeSense s) noexcept { return spelling(s); }

NarrativeSense parse_narrative_sense(std::string_view raw) { return parse_spelling<NarrativeSense>(raw); }

BudgetReport::BudgetReport(std::string organisation, FinancialMonth period, BudgetFamily family, MoneyUnit unit,
                           std::vector<BudgetSection> sections, std::vector<BudgetLine> standalone_lines,
                           std::optional<BudgetFigures> total, std::string title)
    : organisation_(checked_name(std::move(organisation), "a budget report's organisation")),
      title_(std::move(title)),
      period_(period),
      family_(family),
      unit_(unit),
      sections_(std::move(sections)),
      standalone_(std::move(standalone_lines)),
      total_(total) {
  if (!period_.year().ok()) throw std::invalid_argument("a budget report needs a financial year");
  std::set<std::string> names;
  for (const auto& s : sections_) {
    if (!names.insert(text::to_lower(text::normalise(s.name()))).second)
      throw std::invalid_argument(fmt::format("the section \"{}\" appears twice", s.name()));
    for (const auto& l : s.lines()) require_unit(l.figures(), unit_, fmt::format("{} / {}", s.name(), l.name()));
    if (s.subtotal()) require_unit(*s.subtotal(), unit_, fmt::format("the subtotal of {}", s.name()));
  }
  for (const auto& l : standalone_) {
    if (!names.insert(text::to_lower(text::normalise(l.name()))).second)
      throw std::invalid_argument(fmt::format("the standalone line \"{}\" repeats a section or line name", l.name()));
    require_unit(l.figures(), unit_, l.name());
  }
  if (total_) {
    if (line_count() == 0) throw std::invalid_argument("a budget report has a total row but no lines");
    require_unit(*total_, unit_, "the total row");
  }
}

const BudgetSection* BudgetReport::find_section(std::string_view name) const noexcept {
  for (const auto& s : sections_)
    if (s.name() == name) return &s;
  return nullptr;
}

const BudgetLine* BudgetReport::find_standalone(std::string_view name) const noexcept {
  for (const auto& l : standalone_)
    if (l.name() == name) return &l;
  return nullptr;
}

const BudgetFigures* BudgetReport::figures_at(std::string_view section, std::string_view line) const noexcept {
  if (section.empty() && line.empty()) return total_ ? &*total_ : nullptr;
  if (section.empty()) {
    const auto* l = find_standalone(line);
    return l ? &l->figures() : nullptr;
  }
  const auto* s = find_section(section);
  if (!s) return nullptr;
  if (line.empty()) return s->subtotal() ? &*s->subtotal() : nullptr;
  const auto* l = s->find(line);
  return l ? &l->figures() : nullptr;
}

std::size_t BudgetReport::line_count() const noexcept {
  std::size_t n = standalone_.size();
  for (const auto& s : sections_) n += s.lines().size();
  return n;
}

void BudgetReport::add_narrative(NarrativeFigure n) {
  if (!figures_at(n.section, n.line))
    throw std::invalid_argument(fmt::format("the narrative figure \"{}\" points at section \"{}\", line \"{}\", "
                                            "which the report does not have",
                                            n.quote, n.section, n.line));
  narrative_.push_back(std::move(n));
}

}  // namespace commissioning::finance
