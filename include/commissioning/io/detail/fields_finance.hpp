#pragma once
// The finance entities' fields, listed once (see io/describe.hpp). The order is the archive
// layout. Classes with invariants are described by their parts (what their checked
// constructor takes) and rebuilt through it. Amounts that stand alone are written with their
// unit ("£139k", json_as<AmountText>); figures inside a table are written in the table's unit,
// so budget lines, sections and reports, position tables and money tables keep hand-written
// JSON (io/json_finance.cpp) and archives (io/detail/serialize_finance.hpp), and the tables of their
// rows and cells below give archives only.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "commissioning/finance/amount_table.hpp"
#include "commissioning/finance/budget.hpp"
#include "commissioning/finance/funding.hpp"
#include "commissioning/finance/position.hpp"
#include "commissioning/finance/staffing.hpp"
#include "commissioning/io/describe.hpp"

namespace commissioning::finance {
// JSON of a ReportedAmount as amount_text() writes it; defined in src/io/json_finance.cpp.
struct AmountText;

namespace parts {
struct StaffingLine {
  std::string role;
  std::int64_t posts{};
  AfcBand band;
  ReportedAmount mid_point, with_on_costs, total;
};
struct StaffingTable {
  std::string title;
  std::vector<finance::StaffingLine> lines;
  Percentage on_cost_factor{Percentage::from_basis_points(10000)};
  std::optional<ReportedAmount> stated_total;
};
struct FundingStream {
  std::string scheme;
  std::optional<ReportedAmount> amount;
  std::vector<Phasing> phasing;
  Recurrence recurrence{Recurrence::Unstated};
  FundingSource source{FundingSource::Other};
  std::optional<PerHeadBasis> per_head;
  std::string approved_by;
  std::optional<Date> approved_on;
  std::string evidence;
};
struct PopulationFigure {
  std::int64_t people{};
  PopulationBasis basis{PopulationBasis::Unstated};
  std::optional<Date> as_of;
  std::string source;
};
}  // namespace parts
}  // namespace commissioning::finance

// Archives only: JSON writes these in the enclosing table's unit.
COMMISSIONING_FIELDS(commissioning::finance::BudgetFigures,
  field("ytd_budget", &S::ytd_budget),
  field("ytd_actual", &S::ytd_actual),
  field("ytd_variance", &S::ytd_variance),
  field("forecast_budget", &S::forecast_budget),
  field("forecast_outturn", &S::forecast_outturn),
  field("forecast_variance", &S::forecast_variance))

COMMISSIONING_FIELDS(commissioning::finance::PositionRow,
  field("organisation", &S::organisation),
  field("values", &S::values),
  field("control_total", &S::control_total))

COMMISSIONING_FIELDS(commissioning::finance::AmountCell,
  field("verbatim", &S::verbatim),
  field("parts", &S::parts),
  field("confidential", &S::confidential))

COMMISSIONING_FIELDS(commissioning::finance::AmountRow,
  field("label", &S::label),
  field("category", &S::category),
  field("cells", &S::cells))

COMMISSIONING_FIELDS(commissioning::finance::NarrativeFigure,
  field("quote", &S::quote).required(),
  field("source", &S::source),
  field("amount", &S::amount).required().json_as<commissioning::finance::AmountText>(),
  field("sense", &S::sense).required(),
  field("section", &S::section),
  field("line", &S::line),
  field("column", &S::column).required())

COMMISSIONING_FIELDS(commissioning::finance::PercentageBase,
  field("amount", &S::amount).required().json_as<commissioning::finance::AmountText>(),
  field("description", &S::description))

COMMISSIONING_FIELDS(commissioning::finance::Phasing,
  field("year", &S::year).required(),
  field("amount", &S::amount).required().json_as<commissioning::finance::AmountText>())

COMMISSIONING_FIELDS(commissioning::finance::PerHeadBasis,
  field("rate", &S::rate).required(),
  field("at_least", &S::at_least),
  field("population", &S::population))

COMMISSIONING_FIELDS(commissioning::finance::parts::StaffingLine,
  field("role", &S::role).required(),
  field("posts", &S::posts).required(),
  field("band", &S::band).required(),
  field("mid_point", &S::mid_point).required().json_as<commissioning::finance::AmountText>(),
  field("with_on_costs", &S::with_on_costs).required().json_as<commissioning::finance::AmountText>(),
  field("total", &S::total).required().json_as<commissioning::finance::AmountText>())

COMMISSIONING_DOCUMENT_FIELDS(commissioning::finance::parts::StaffingTable, "staffing-table",
  field("title", &S::title).required(),
  field("lines", &S::lines).required(),
  field("on_cost_factor", &S::on_cost_factor).required(),
  field("stated_total", &S::stated_total).json_as<commissioning::finance::AmountText>())

COMMISSIONING_DOCUMENT_FIELDS(commissioning::finance::parts::FundingStream, "funding-stream",
  field("scheme", &S::scheme).required(),
  field("amount", &S::amount).json_as<commissioning::finance::AmountText>(),
  field("phasing", &S::phasing),
  field("recurrence", &S::recurrence).required(),
  field("source", &S::source).required(),
  field("per_head", &S::per_head),
  field("approved_by", &S::approved_by),
  field("approved_on", &S::approved_on),
  field("evidence", &S::evidence))

COMMISSIONING_FIELDS(commissioning::finance::parts::PopulationFigure,
  field("people", &S::people).required(),
  field("basis", &S::basis).required(),
  field("as_of", &S::as_of),
  field("source", &S::source))

COMMISSIONING_DOCUMENT_FIELDS(commissioning::finance::Allocation, "allocation",
  field("organisation", &S::organisation).non_empty(),
  field("title", &S::title),
  field("streams", &S::streams).required())

template <>
struct commissioning::io::Parts<commissioning::finance::StaffingLine> {
  using type = finance::parts::StaffingLine;
  static type of(const finance::StaffingLine& l) { return {l.role(), l.posts(), l.band(), l.mid_point(), l.with_on_costs(), l.total()}; }
  static finance::StaffingLine make(type p) { return {std::move(p.role), p.posts, p.band, p.mid_point, p.with_on_costs, p.total}; }
};

template <>
struct commissioning::io::Parts<commissioning::finance::StaffingTable> {
  using type = finance::parts::StaffingTable;
  static type of(const finance::StaffingTable& t) { return {t.title(), t.lines(), t.on_cost_factor(), t.stated_total()}; }
  static finance::StaffingTable make(type p) { return {std::move(p.title), std::move(p.lines), p.on_cost_factor, p.stated_total}; }
};

// Per-head basis, approval and evidence are set after the checked constructor.
template <>
struct commissioning::io::Parts<commissioning::finance::FundingStream> {
  using type = finance::parts::FundingStream;
  static type of(const finance::FundingStream& s) {
    return {s.scheme(),   s.amount(),      s.phasing(),     s.recurrence(), s.source(),
            s.per_head(), s.approved_by(), s.approved_on(), s.evidence()};
  }
  static finance::FundingStream make(type p) {
    finance::FundingStream s(std::move(p.scheme), p.amount, std::move(p.phasing), p.recurrence, p.source);
    if (p.per_head) s.with_per_head(std::move(*p.per_head));
    s.with_approval(std::move(p.approved_by), p.approved_on).with_evidence(std::move(p.evidence));
    return s;
  }
};

template <>
struct commissioning::io::Parts<commissioning::PopulationFigure> {
  using type = finance::parts::PopulationFigure;
  static type of(const PopulationFigure& p) { return {p.people(), p.basis(), p.as_of(), p.source()}; }
  static PopulationFigure make(type p) { return {p.people, p.basis, p.as_of, std::move(p.source)}; }
};
