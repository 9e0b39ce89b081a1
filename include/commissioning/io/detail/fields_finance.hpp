#pragma once
// The finance entities' fields, listed once (see io/describe.hpp). The order is the archive
// layout. Classes with invariants are described by their parts (what their checked
// constructor takes) and rebuilt through it. Amounts that stand alone are written with their
// unit ("£139k", json_as<AmountText>); figures inside a table are written as printed, in the
// table's unit (json_as<TableFigure>, json_as<TableCell>), which the tables' one JSON adapter
// in src/io/json_finance.cpp sets while a table is read or written.
#include <cstdint>
#include <optional>
#include <stdexcept>
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
// JSON codecs, defined in src/io/json_finance.cpp: an amount as amount_text() writes it; a
// figure in the table's unit, as printed; a money cell as its verbatim text when that reads
// back to the same cell.
struct AmountText;
struct TableFigure;
struct TableCell;

namespace parts {
struct AfcBand {
  std::uint32_t band{1};
  std::int32_t sub{};
};
struct BudgetLine {
  std::string name;
  BudgetFigures figures;
  LineKind kind{LineKind::Spend};
};
struct BudgetSection {
  std::string name;
  std::vector<finance::BudgetLine> lines;
  std::optional<BudgetFigures> subtotal;
};
struct BudgetReport {
  std::string organisation, title;
  FinancialMonth period;
  BudgetFamily family{BudgetFamily::DelegatedPrimaryMedicalServices};
  MoneyUnit unit{MoneyUnit::Thousands};
  std::vector<finance::BudgetSection> sections;
  std::vector<finance::BudgetLine> standalone_lines;
  std::optional<BudgetFigures> total;
  std::vector<NarrativeFigure> narrative;
  std::optional<PercentageBase> percentage_base;
};
struct PositionTable {
  std::string title;
  FinancialMonth period;
  MoneyUnit unit{MoneyUnit::Thousands};
  std::vector<BudgetColumn> columns;
  std::vector<PositionRow> rows;
  std::optional<PositionRow> combined;
  std::vector<NarrativeFigure> narrative;
};
struct AmountTable {
  std::string title, source;
  MoneyUnit unit{MoneyUnit::Pounds};
  std::vector<std::string> columns;
  std::vector<AmountRow> rows;
  std::optional<std::vector<AmountCell>> total;
};
struct StaffingLine {
  std::string role;
  std::int64_t posts{};
  finance::AfcBand band;
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

COMMISSIONING_FIELDS(commissioning::finance::BudgetFigures,
  field("ytd_budget", &S::ytd_budget).required().json_as<commissioning::finance::TableFigure>(),
  field("ytd_actual", &S::ytd_actual).required().json_as<commissioning::finance::TableFigure>(),
  field("ytd_variance", &S::ytd_variance).required().json_as<commissioning::finance::TableFigure>(),
  field("forecast_budget", &S::forecast_budget).required().json_as<commissioning::finance::TableFigure>(),
  field("forecast_outturn", &S::forecast_outturn).required().json_as<commissioning::finance::TableFigure>(),
  field("forecast_variance", &S::forecast_variance).required().json_as<commissioning::finance::TableFigure>())

COMMISSIONING_FIELDS(commissioning::finance::parts::BudgetLine,
  field("name", &S::name).required(),
  field("figures", &S::figures).inlined(),
  field("kind", &S::kind).omit_default())

COMMISSIONING_FIELDS(commissioning::finance::parts::BudgetSection,
  field("name", &S::name).required(),
  field("lines", &S::lines).required(),
  field("subtotal", &S::subtotal))

COMMISSIONING_DOCUMENT_FIELDS(commissioning::finance::parts::BudgetReport, "budget-report",
  field("organisation", &S::organisation).required(),
  field("title", &S::title),
  field("period", &S::period).required(),
  field("family", &S::family).required(),
  field("unit", &S::unit).required(),
  field("sections", &S::sections).required(),
  field("standalone_lines", &S::standalone_lines),
  field("total", &S::total),
  field("narrative", &S::narrative),
  field("percentage_base", &S::percentage_base))

COMMISSIONING_FIELDS(commissioning::finance::PositionRow,
  field("organisation", &S::organisation).required(),
  field("values", &S::values).required().json_as<commissioning::finance::TableFigure>(),
  field("control_total", &S::control_total).json_as<commissioning::finance::TableFigure>())

COMMISSIONING_DOCUMENT_FIELDS(commissioning::finance::parts::PositionTable, "position-table",
  field("title", &S::title).required(),
  field("period", &S::period).required(),
  field("unit", &S::unit).required(),
  field("columns", &S::columns).required(),
  field("rows", &S::rows).required(),
  field("combined", &S::combined),
  field("narrative", &S::narrative))

COMMISSIONING_FIELDS(commissioning::finance::AmountCell,
  field("verbatim", &S::verbatim).required(),
  field("parts", &S::parts).required().json_as<commissioning::finance::AmountText>(),
  field("confidential", &S::confidential).written())

COMMISSIONING_FIELDS(commissioning::finance::AmountRow,
  field("label", &S::label).required(),
  field("category", &S::category),
  field("cells", &S::cells).required().json_as<commissioning::finance::TableCell>())

COMMISSIONING_DOCUMENT_FIELDS(commissioning::finance::parts::AmountTable, "money-table",
  field("title", &S::title).required(),
  field("source", &S::source),
  field("unit", &S::unit).required(),
  field("columns", &S::columns).required(),
  field("rows", &S::rows).required(),
  field("total", &S::total).json_as<commissioning::finance::TableCell>())

// Archives only: an Agenda for Change band's JSON is its text ("8a").
COMMISSIONING_FIELDS(commissioning::finance::parts::AfcBand,
  field("band", &S::band),
  field("sub", &S::sub))

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
struct commissioning::io::Parts<commissioning::finance::AfcBand> {
  using type = finance::parts::AfcBand;
  static type of(const finance::AfcBand& b) { return {b.band(), b.sub()}; }
  static finance::AfcBand make(type p) {
    if (p.sub < 0 || p.sub > 127) throw std::invalid_argument("archive holds an impossible Agenda for Change band");
    return finance::AfcBand(p.band, static_cast<char>(p.sub));
  }
};

template <>
struct commissioning::io::Parts<commissioning::finance::BudgetLine> {
  using type = finance::parts::BudgetLine;
  static type of(const finance::BudgetLine& l) { return {l.name(), l.figures(), l.kind()}; }
  static finance::BudgetLine make(type p) { return {std::move(p.name), p.figures, p.kind}; }
};

template <>
struct commissioning::io::Parts<commissioning::finance::BudgetSection> {
  using type = finance::parts::BudgetSection;
  static type of(const finance::BudgetSection& s) { return {s.name(), s.lines(), s.subtotal()}; }
  static finance::BudgetSection make(type p) { return {std::move(p.name), std::move(p.lines), p.subtotal}; }
};

// Narrative figures are checked one by one against the table they quote, after it is built.
template <>
struct commissioning::io::Parts<commissioning::finance::BudgetReport> {
  using type = finance::parts::BudgetReport;
  static type of(const finance::BudgetReport& r) {
    return {r.organisation(), r.title(), r.period(), r.family(), r.unit(), r.sections(), r.standalone_lines(),
            r.total(), r.narrative(), r.percentage_base()};
  }
  static finance::BudgetReport make(type p) {
    finance::BudgetReport r(std::move(p.organisation), p.period, p.family, p.unit, std::move(p.sections),
                            std::move(p.standalone_lines), p.total, std::move(p.title));
    each_element("narrative", p.narrative, [&](finance::NarrativeFigure n) { r.add_narrative(std::move(n)); });
    r.set_percentage_base(std::move(p.percentage_base));
    return r;
  }
};

template <>
struct commissioning::io::Parts<commissioning::finance::PositionTable> {
  using type = finance::parts::PositionTable;
  static type of(const finance::PositionTable& t) {
    return {t.title(), t.period(), t.unit(), t.columns(), t.rows(), t.combined(), t.narrative()};
  }
  static finance::PositionTable make(type p) {
    finance::PositionTable t(std::move(p.title), p.period, p.unit, std::move(p.columns), std::move(p.rows),
                             std::move(p.combined));
    each_element("narrative", p.narrative, [&](finance::NarrativeFigure n) { t.add_narrative(std::move(n)); });
    return t;
  }
};

template <>
struct commissioning::io::Parts<commissioning::finance::AmountTable> {
  using type = finance::parts::AmountTable;
  static type of(const finance::AmountTable& t) {
    return {t.title(), t.source(), t.unit(), t.columns(), t.rows(), t.total()};
  }
  static finance::AmountTable make(type p) {
    return {std::move(p.title), p.unit, std::move(p.columns), std::move(p.rows), std::move(p.total), std::move(p.source)};
  }
};

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
