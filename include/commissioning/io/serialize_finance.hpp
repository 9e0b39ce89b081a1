#pragma once
// Non-intrusive Boost.Serialization of the finance types. Loading rebuilds every value
// through its checked constructor, so an archive cannot hold a report a program could not.
#include "commissioning/finance/amount_table.hpp"
#include "commissioning/finance/budget.hpp"
#include "commissioning/finance/funding.hpp"
#include "commissioning/finance/position.hpp"
#include "commissioning/finance/staffing.hpp"
#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_finance.hpp"
#include "commissioning/io/serialize_core.hpp"

namespace boost::serialization {

namespace cf = commissioning::finance;

template <class Ar>
void serialize(Ar& ar, cf::BudgetFigures& f, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::BudgetFigures>(version);
  field(ar, "ytd_budget", f.ytd_budget);
  field(ar, "ytd_actual", f.ytd_actual);
  field(ar, "ytd_variance", f.ytd_variance);
  field(ar, "forecast_budget", f.forecast_budget);
  field(ar, "forecast_outturn", f.forecast_outturn);
  field(ar, "forecast_variance", f.forecast_variance);
}

template <class Ar>
void serialize(Ar& ar, cf::BudgetLine& l, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::BudgetLine>(version);
  std::string name = l.name();
  auto figures = l.figures();
  auto kind = l.kind();
  field(ar, "name", name);
  field(ar, "figures", figures);
  enum_field(ar, "kind", kind, cf::LineKind::Reserve);
  if constexpr (Ar::is_loading::value) l = cf::BudgetLine(std::move(name), figures, kind);
}

template <class Ar>
void serialize(Ar& ar, cf::BudgetSection& s, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::BudgetSection>(version);
  std::string name = s.name();
  auto lines = s.lines();
  auto subtotal = s.subtotal();
  field(ar, "name", name);
  field(ar, "lines", lines);
  field(ar, "subtotal", subtotal);
  if constexpr (Ar::is_loading::value) s = cf::BudgetSection(std::move(name), std::move(lines), subtotal);
}

template <class Ar>
void serialize(Ar& ar, cf::NarrativeFigure& n, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::NarrativeFigure>(version);
  field(ar, "quote", n.quote);
  field(ar, "source", n.source);
  field(ar, "amount", n.amount);
  enum_field(ar, "sense", n.sense, cf::NarrativeSense::Positive);
  field(ar, "section", n.section);
  field(ar, "line", n.line);
  enum_field(ar, "column", n.column, cf::BudgetColumn::ForecastVariance);
}

template <class Ar>
void serialize(Ar& ar, cf::PercentageBase& b, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::PercentageBase>(version);
  field(ar, "amount", b.amount);
  field(ar, "description", b.description);
}

template <class Ar>
void serialize(Ar& ar, cf::BudgetReport& r, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::BudgetReport>(version);
  std::string organisation = r.organisation(), title = r.title();
  auto period = r.period();
  auto family = r.family();
  auto unit = r.unit();
  auto sections = r.sections();
  auto standalone = r.standalone_lines();
  auto total = r.total();
  auto narrative = r.narrative();
  auto base = r.percentage_base();
  field(ar, "organisation", organisation);
  field(ar, "title", title);
  field(ar, "period", period);
  enum_field(ar, "family", family, cf::BudgetFamily::OtherPrimaryCareCommissioning);
  enum_field(ar, "unit", unit, commissioning::MoneyUnit::Millions);
  field(ar, "sections", sections);
  field(ar, "standalone_lines", standalone);
  field(ar, "total", total);
  field(ar, "narrative", narrative);
  field(ar, "percentage_base", base);
  if constexpr (Ar::is_loading::value) {
    r = cf::BudgetReport(std::move(organisation), period, family, unit, std::move(sections), std::move(standalone), total,
                         std::move(title));
    for (auto& n : narrative) r.add_narrative(std::move(n));
    r.set_percentage_base(std::move(base));
  }
}

template <class Ar>
void serialize(Ar& ar, cf::PositionRow& row, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::PositionRow>(version);
  field(ar, "organisation", row.organisation);
  field(ar, "values", row.values);
  field(ar, "control_total", row.control_total);
}

template <class Ar>
void serialize(Ar& ar, cf::PositionTable& t, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::PositionTable>(version);
  std::string title = t.title();
  auto period = t.period();
  auto unit = t.unit();
  std::vector<std::int32_t> columns;
  for (auto c : t.columns()) columns.push_back(static_cast<std::int32_t>(c));
  auto rows = t.rows();
  auto combined = t.combined();
  auto narrative = t.narrative();
  field(ar, "title", title);
  field(ar, "period", period);
  enum_field(ar, "unit", unit, commissioning::MoneyUnit::Millions);
  field(ar, "columns", columns);
  field(ar, "rows", rows);
  field(ar, "combined", combined);
  field(ar, "narrative", narrative);
  if constexpr (Ar::is_loading::value) {
    std::vector<cf::BudgetColumn> cols;
    for (auto c : columns) {
      if (c < 0 || c > static_cast<std::int32_t>(cf::BudgetColumn::ForecastVariance))
        throw std::runtime_error("archive holds an unknown budget column");
      cols.push_back(static_cast<cf::BudgetColumn>(c));
    }
    t = cf::PositionTable(std::move(title), period, unit, std::move(cols), std::move(rows), std::move(combined));
    for (auto& n : narrative) t.add_narrative(std::move(n));
  }
}

template <class Ar>
void serialize(Ar& ar, cf::AmountCell& c, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::AmountCell>(version);
  field(ar, "verbatim", c.verbatim);
  field(ar, "parts", c.parts);
  field(ar, "confidential", c.confidential);
}

template <class Ar>
void serialize(Ar& ar, cf::AmountRow& r, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::AmountRow>(version);
  field(ar, "label", r.label);
  field(ar, "category", r.category);
  field(ar, "cells", r.cells);
}

template <class Ar>
void serialize(Ar& ar, cf::AmountTable& t, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::AmountTable>(version);
  std::string title = t.title(), source = t.source();
  auto unit = t.unit();
  auto columns = t.columns();
  auto rows = t.rows();
  auto total = t.total();
  field(ar, "title", title);
  field(ar, "source", source);
  enum_field(ar, "unit", unit, commissioning::MoneyUnit::Millions);
  field(ar, "columns", columns);
  field(ar, "rows", rows);
  field(ar, "total", total);
  if constexpr (Ar::is_loading::value)
    t = cf::AmountTable(std::move(title), unit, std::move(columns), std::move(rows), std::move(total), std::move(source));
}

template <class Ar>
void serialize(Ar& ar, cf::AfcBand& b, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::AfcBand>(version);
  std::uint32_t band = b.band();
  std::int32_t sub = b.sub();
  ar& make_nvp("band", band);
  ar& make_nvp("sub", sub);
  if constexpr (Ar::is_loading::value) {
    if (sub < 0 || sub > 127) throw std::runtime_error("archive holds an impossible Agenda for Change band");
    b = cf::AfcBand(band, static_cast<char>(sub));
  }
}

template <class Ar>
void serialize(Ar& ar, cf::StaffingLine& l, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::StaffingLine>(version);
  std::string role = l.role();
  std::int64_t posts = l.posts();
  auto band = l.band();
  auto mid = l.mid_point(), with = l.with_on_costs(), total = l.total();
  field(ar, "role", role);
  ar& make_nvp("posts", posts);
  field(ar, "band", band);
  field(ar, "mid_point", mid);
  field(ar, "with_on_costs", with);
  field(ar, "total", total);
  if constexpr (Ar::is_loading::value) l = cf::StaffingLine(std::move(role), posts, band, mid, with, total);
}

template <class Ar>
void serialize(Ar& ar, cf::StaffingTable& t, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::StaffingTable>(version);
  std::string title = t.title();
  auto lines = t.lines();
  auto factor = t.on_cost_factor();
  auto total = t.stated_total();
  field(ar, "title", title);
  field(ar, "lines", lines);
  field(ar, "on_cost_factor", factor);
  field(ar, "stated_total", total);
  if constexpr (Ar::is_loading::value) t = cf::StaffingTable(std::move(title), std::move(lines), factor, total);
}

template <class Ar>
void serialize(Ar& ar, cf::PopulationFigure& p, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::PopulationFigure>(version);
  std::int64_t people = p.people();
  auto basis = p.basis();
  auto as_of = p.as_of();
  std::string source = p.source();
  ar& make_nvp("people", people);
  enum_field(ar, "basis", basis, cf::PopulationBasis::Unstated);
  field(ar, "as_of", as_of);
  field(ar, "source", source);
  if constexpr (Ar::is_loading::value) p = cf::PopulationFigure(people, basis, as_of, std::move(source));
}

template <class Ar>
void serialize(Ar& ar, cf::Phasing& p, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::Phasing>(version);
  field(ar, "year", p.year);
  field(ar, "amount", p.amount);
}

template <class Ar>
void serialize(Ar& ar, cf::PerHeadBasis& b, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::PerHeadBasis>(version);
  field(ar, "rate", b.rate);
  field(ar, "at_least", b.at_least);
  field(ar, "population", b.population);
}

template <class Ar>
void serialize(Ar& ar, cf::FundingStream& s, unsigned version) {
  commissioning::io::archive_detail::check_version<cf::FundingStream>(version);
  std::string scheme = s.scheme(), approved_by = s.approved_by(), evidence = s.evidence();
  auto amount = s.amount();
  auto phasing = s.phasing();
  auto recurrence = s.recurrence();
  auto source = s.source();
  auto per_head = s.per_head();
  auto approved_on = s.approved_on();
  field(ar, "scheme", scheme);
  field(ar, "amount", amount);
  field(ar, "phasing", phasing);
  enum_field(ar, "recurrence", recurrence, cf::Recurrence::Unstated);
  enum_field(ar, "source", source, cf::FundingSource::Other);
  field(ar, "per_head", per_head);
  field(ar, "approved_by", approved_by);
  field(ar, "approved_on", approved_on);
  field(ar, "evidence", evidence);
  if constexpr (Ar::is_loading::value) {
    s = cf::FundingStream(std::move(scheme), amount, std::move(phasing), recurrence, source);
    if (per_head) s.with_per_head(std::move(*per_head));
    s.with_approval(std::move(approved_by), approved_on).with_evidence(std::move(evidence));
  }
}

}  // namespace boost::serialization

BOOST_CLASS_VERSION(commissioning::finance::BudgetFigures, 1)
BOOST_CLASS_VERSION(commissioning::finance::BudgetLine, 1)
BOOST_CLASS_VERSION(commissioning::finance::BudgetSection, 1)
BOOST_CLASS_VERSION(commissioning::finance::NarrativeFigure, 1)
BOOST_CLASS_VERSION(commissioning::finance::PercentageBase, 1)
BOOST_CLASS_VERSION(commissioning::finance::BudgetReport, 1)
BOOST_CLASS_VERSION(commissioning::finance::PositionRow, 1)
BOOST_CLASS_VERSION(commissioning::finance::PositionTable, 1)
BOOST_CLASS_VERSION(commissioning::finance::AmountCell, 1)
BOOST_CLASS_VERSION(commissioning::finance::AmountRow, 1)
BOOST_CLASS_VERSION(commissioning::finance::AmountTable, 1)
BOOST_CLASS_VERSION(commissioning::finance::AfcBand, 1)
BOOST_CLASS_VERSION(commissioning::finance::StaffingLine, 1)
BOOST_CLASS_VERSION(commissioning::finance::StaffingTable, 1)
BOOST_CLASS_VERSION(commissioning::finance::PopulationFigure, 1)
BOOST_CLASS_VERSION(commissioning::finance::Phasing, 1)
BOOST_CLASS_VERSION(commissioning::finance::PerHeadBasis, 1)
BOOST_CLASS_VERSION(commissioning::finance::FundingStream, 1)
