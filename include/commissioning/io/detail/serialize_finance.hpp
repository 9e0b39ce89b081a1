#pragma once
// Non-intrusive Boost.Serialization of the finance types. Loading rebuilds every value
// through its checked constructor, so an archive cannot hold a report a program could not.
// Types with a field table, or built from described parts, get theirs from
// io/detail/describe_archive.hpp; the tables' own types below keep their hand-written forms.
#include "commissioning/finance/amount_table.hpp"
#include "commissioning/finance/budget.hpp"
#include "commissioning/finance/funding.hpp"
#include "commissioning/finance/position.hpp"
#include "commissioning/finance/staffing.hpp"
#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_finance.hpp"
#include "commissioning/io/detail/serialize_core.hpp"

namespace boost::serialization {

namespace cf = commissioning::finance;

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

}  // namespace boost::serialization

BOOST_CLASS_VERSION(commissioning::finance::BudgetLine, 1)
BOOST_CLASS_VERSION(commissioning::finance::BudgetSection, 1)
BOOST_CLASS_VERSION(commissioning::finance::BudgetReport, 1)
BOOST_CLASS_VERSION(commissioning::finance::PositionTable, 1)
BOOST_CLASS_VERSION(commissioning::finance::AmountTable, 1)
BOOST_CLASS_VERSION(commissioning::finance::AfcBand, 1)
