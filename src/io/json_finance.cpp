#include "commissioning/io/json_finance.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_finance.hpp"

namespace commissioning::finance {

using io::Json;
using io::json_detail::as_string;
using io::json_detail::fail;
using io::json_detail::parse_string;
using io::json_detail::reject_unknown_keys;

namespace {
// Runs a checked constructor, reporting std::invalid_argument at the JSON value's path.
template <class F>
auto construct(const Json& at, F make) {
  try {
    return make();
  } catch (const std::invalid_argument& e) {
    fail(at, e.what());
  }
}

std::string table_figure(const ReportedAmount& a) { return a.printed(); }
ReportedAmount read_table_figure(const Json& j, MoneyUnit unit) {
  return parse_string(j, [unit](const std::string& s) {
    const auto a = parse_reported_amount(s, unit);
    if (a.unit() != unit)
      throw std::invalid_argument(fmt::format("\"{}\" is in {}, but the table is in {}", s, to_string(a.unit()), to_string(unit)));
    return a;
  });
}
ReportedAmount read_amount(const Json& j) {
  return parse_string(j, [](const std::string& s) { return parse_reported_amount(s); });
}

void figures_to(Json& j, const BudgetFigures& f) {
  for (auto c : all_budget_columns) j[std::string(to_string(c))] = table_figure(f[c]);
}
BudgetFigures figures_from(const Json& j, MoneyUnit unit) {
  BudgetFigures f;
  for (auto c : all_budget_columns) f[c] = read_table_figure(j.at(std::string(to_string(c))), unit);
  return f;
}
Json figures_json(const BudgetFigures& f) {
  Json j = Json::object();
  figures_to(j, f);
  return j;
}
BudgetFigures figures_object(const Json& j, MoneyUnit unit) {
  reject_unknown_keys(j, {"ytd_budget", "ytd_actual", "ytd_variance", "forecast_budget", "forecast_outturn",
                          "forecast_variance"});
  return figures_from(j, unit);
}

Json line_json(const BudgetLine& l) {
  Json j{{"name", l.name()}};
  if (l.kind() != LineKind::Spend) j["kind"] = l.kind();
  figures_to(j, l.figures());
  return j;
}
BudgetLine line_from(const Json& j, MoneyUnit unit, bool unit_allowed) {
  if (unit_allowed)
    reject_unknown_keys(j, {"name", "kind", "unit", "ytd_budget", "ytd_actual", "ytd_variance", "forecast_budget",
                            "forecast_outturn", "forecast_variance"});
  else
    reject_unknown_keys(j, {"name", "kind", "ytd_budget", "ytd_actual", "ytd_variance", "forecast_budget",
                            "forecast_outturn", "forecast_variance"});
  const auto name = as_string(j.at("name"));
  const auto kind = j.contains("kind") ? j.at("kind").get<LineKind>() : LineKind::Spend;
  const auto f = figures_from(j, unit);
  return construct(j, [&] { return BudgetLine(name, f, kind); });
}

Json section_json(const BudgetSection& s) {
  Json lines = Json::array();
  for (const auto& l : s.lines()) lines.push_back(line_json(l));
  Json j{{"name", s.name()}, {"lines", lines}};
  if (s.subtotal()) j["subtotal"] = figures_json(*s.subtotal());
  return j;
}
BudgetSection section_from(const Json& j, MoneyUnit unit, bool unit_allowed) {
  if (unit_allowed)
    reject_unknown_keys(j, {"name", "unit", "lines", "subtotal"});
  else
    reject_unknown_keys(j, {"name", "lines", "subtotal"});
  const auto name = as_string(j.at("name"));
  std::vector<BudgetLine> lines;
  const auto& jl = j.at("lines");
  if (!jl.is_array()) fail(jl, "expected an array of lines");
  for (const auto& l : jl) lines.push_back(line_from(l, unit, false));
  std::optional<BudgetFigures> subtotal;
  if (j.contains("subtotal")) subtotal = figures_object(j.at("subtotal"), unit);
  return construct(j, [&] { return BudgetSection(name, std::move(lines), subtotal); });
}

// Top-level documents say what they are in an optional "kind" field.
void check_kind(const Json& j, std::string_view expected) {
  if (!j.contains("kind")) return;
  const auto& k = as_string(j.at("kind"));
  if (k != expected) fail(j.at("kind"), fmt::format("this is read as a {}, but its kind is \"{}\"", expected, k));
}

template <class T, class F>
std::vector<T> array_of(const Json& j, F each) {
  if (!j.is_array()) fail(j, "expected an array");
  std::vector<T> out;
  for (const auto& item : j) out.push_back(each(item));
  return out;
}

}  // namespace


COMMISSIONING_JSON_FROM_SPELLINGS(BudgetFamily)
COMMISSIONING_JSON_FROM_SPELLINGS(BudgetColumn)
COMMISSIONING_JSON_FROM_SPELLINGS(LineKind)
COMMISSIONING_JSON_FROM_SPELLINGS(NarrativeSense)

void to_json(Json& j, const BudgetLine& v) {
  j = line_json(v);
  j["unit"] = v.unit();
}
void from_json(const Json& j, BudgetLine& v) {
  reject_unknown_keys(j, {"name", "kind", "unit", "ytd_budget", "ytd_actual", "ytd_variance", "forecast_budget",
                          "forecast_outturn", "forecast_variance"});
  v = line_from(j, j.at("unit").get<MoneyUnit>(), true);
}

void to_json(Json& j, const BudgetSection& v) {
  j = section_json(v);
  j["unit"] = v.lines().empty() ? MoneyUnit::Thousands : v.lines().front().unit();
}
void from_json(const Json& j, BudgetSection& v) {
  reject_unknown_keys(j, {"name", "unit", "lines", "subtotal"});
  v = section_from(j, j.at("unit").get<MoneyUnit>(), true);
}

struct AmountText {
  static Json write(const ReportedAmount& a) { return amount_text(a); }
  static ReportedAmount read(const Json& j) { return read_amount(j); }
};

COMMISSIONING_JSON_FROM_FIELDS(NarrativeFigure)
COMMISSIONING_JSON_FROM_FIELDS(PercentageBase)
COMMISSIONING_JSON_FROM_FIELDS(Phasing)
COMMISSIONING_JSON_FROM_FIELDS(PerHeadBasis)

void to_json(Json& j, const BudgetReport& v) {
  Json sections = Json::array(), standalone = Json::array();
  for (const auto& s : v.sections()) sections.push_back(section_json(s));
  for (const auto& l : v.standalone_lines()) standalone.push_back(line_json(l));
  j = Json{{"kind", "budget-report"}, {"organisation", v.organisation()}, {"period", v.period()},
           {"family", v.family()},         {"unit", v.unit()},                 {"sections", sections}};
  if (!v.title().empty()) j["title"] = v.title();
  if (!standalone.empty()) j["standalone_lines"] = standalone;
  if (v.total()) j["total"] = figures_json(*v.total());
  if (!v.narrative().empty()) j["narrative"] = v.narrative();
  if (v.percentage_base()) j["percentage_base"] = *v.percentage_base();
}

void from_json(const Json& j, BudgetReport& v) {
  reject_unknown_keys(j, {"kind", "organisation", "title", "period", "family", "unit", "sections", "standalone_lines",
                          "total", "narrative", "percentage_base"});
  check_kind(j, "budget-report");
  const auto organisation = as_string(j.at("organisation"));
  const auto title = j.contains("title") ? as_string(j.at("title")) : std::string{};
  const auto period = j.at("period").get<FinancialMonth>();
  const auto family = j.at("family").get<BudgetFamily>();
  const auto unit = j.at("unit").get<MoneyUnit>();
  auto sections = array_of<BudgetSection>(j.at("sections"), [unit](const Json& s) { return section_from(s, unit, false); });
  std::vector<BudgetLine> standalone;
  if (j.contains("standalone_lines"))
    standalone = array_of<BudgetLine>(j.at("standalone_lines"), [unit](const Json& l) { return line_from(l, unit, false); });
  std::optional<BudgetFigures> total;
  if (j.contains("total")) total = figures_object(j.at("total"), unit);
  v = construct(j, [&] {
    return BudgetReport(organisation, period, family, unit, std::move(sections), std::move(standalone), total, title);
  });
  if (j.contains("narrative")) {
    const auto& jn = j.at("narrative");
    if (!jn.is_array()) fail(jn, "expected an array");
    for (const auto& n : jn) {
      auto figure = n.get<NarrativeFigure>();
      construct(n, [&] { v.add_narrative(std::move(figure)); return 0; });
    }
  }
  if (j.contains("percentage_base")) v.set_percentage_base(j.at("percentage_base").get<PercentageBase>());
}

namespace {
Json position_row_json(const PositionRow& r) {
  Json values = Json::array();
  for (const auto& a : r.values) values.push_back(table_figure(a));
  Json j{{"organisation", r.organisation}, {"values", values}};
  if (r.control_total) j["control_total"] = table_figure(*r.control_total);
  return j;
}
PositionRow position_row_from(const Json& j, MoneyUnit unit) {
  reject_unknown_keys(j, {"organisation", "values", "control_total"});
  PositionRow r;
  r.organisation = as_string(j.at("organisation"));
  r.values = array_of<ReportedAmount>(j.at("values"), [unit](const Json& a) { return read_table_figure(a, unit); });
  if (j.contains("control_total")) r.control_total = read_table_figure(j.at("control_total"), unit);
  return r;
}
}  // namespace

void to_json(Json& j, const PositionTable& v) {
  Json rows = Json::array();
  for (const auto& r : v.rows()) rows.push_back(position_row_json(r));
  j = Json{{"kind", "position-table"}, {"title", v.title()}, {"period", v.period()},
           {"unit", v.unit()},           {"columns", v.columns()}, {"rows", rows}};
  if (v.combined()) j["combined"] = position_row_json(*v.combined());
  if (!v.narrative().empty()) j["narrative"] = v.narrative();
}
void from_json(const Json& j, PositionTable& v) {
  reject_unknown_keys(j, {"kind", "title", "period", "unit", "columns", "rows", "combined", "narrative"});
  check_kind(j, "position-table");
  const auto unit = j.at("unit").get<MoneyUnit>();
  auto rows = array_of<PositionRow>(j.at("rows"), [unit](const Json& r) { return position_row_from(r, unit); });
  std::optional<PositionRow> combined;
  if (j.contains("combined")) combined = position_row_from(j.at("combined"), unit);
  const auto title = as_string(j.at("title"));
  const auto period = j.at("period").get<FinancialMonth>();
  const auto columns = j.at("columns").get<std::vector<BudgetColumn>>();
  v = construct(j, [&] { return PositionTable(title, period, unit, columns, std::move(rows), std::move(combined)); });
  if (j.contains("narrative")) {
    const auto& jn = j.at("narrative");
    if (!jn.is_array()) fail(jn, "expected an array");
    for (const auto& n : jn) {
      auto figure = n.get<NarrativeFigure>();
      construct(n, [&] { v.add_narrative(std::move(figure)); return 0; });
    }
  }
}

namespace {
// A cell is written as its verbatim text when that text reads back to the same cell.
Json cell_json(const AmountCell& c, MoneyUnit unit) {
  try {
    if (parse_amount_cell(c.verbatim, unit) == c) return c.verbatim;
  } catch (const ParseError&) {
  }
  Json parts = Json::array();
  for (const auto& p : c.parts) parts.push_back(amount_text(p));
  return Json{{"verbatim", c.verbatim}, {"parts", parts}, {"confidential", c.confidential}};
}
AmountCell cell_from(const Json& j, MoneyUnit unit) {
  if (j.is_string()) return parse_string(j, [unit](const std::string& s) { return parse_amount_cell(s, unit); });
  reject_unknown_keys(j, {"verbatim", "parts", "confidential"});
  AmountCell c;
  c.verbatim = as_string(j.at("verbatim"));
  c.parts = array_of<ReportedAmount>(j.at("parts"), [](const Json& a) { return read_amount(a); });
  c.confidential = j.value("confidential", false);
  return c;
}
Json cells_json(const std::vector<AmountCell>& cells, MoneyUnit unit) {
  Json out = Json::array();
  for (const auto& c : cells) out.push_back(cell_json(c, unit));
  return out;
}
}  // namespace

void to_json(Json& j, const AmountTable& v) {
  Json rows = Json::array();
  for (const auto& r : v.rows()) {
    Json row{{"label", r.label}, {"cells", cells_json(r.cells, v.unit())}};
    if (!r.category.empty()) row["category"] = r.category;
    rows.push_back(row);
  }
  j = Json{{"kind", "money-table"}, {"title", v.title()}, {"unit", v.unit()}, {"columns", v.columns()}, {"rows", rows}};
  if (!v.source().empty()) j["source"] = v.source();
  if (v.total()) j["total"] = cells_json(*v.total(), v.unit());
}
void from_json(const Json& j, AmountTable& v) {
  reject_unknown_keys(j, {"kind", "title", "source", "unit", "columns", "rows", "total"});
  check_kind(j, "money-table");
  const auto unit = j.at("unit").get<MoneyUnit>();
  auto rows = array_of<AmountRow>(j.at("rows"), [unit](const Json& r) {
    reject_unknown_keys(r, {"label", "category", "cells"});
    AmountRow row{as_string(r.at("label")), r.contains("category") ? as_string(r.at("category")) : std::string{}, {}};
    row.cells = array_of<AmountCell>(r.at("cells"), [unit](const Json& c) { return cell_from(c, unit); });
    return row;
  });
  std::optional<std::vector<AmountCell>> total;
  if (j.contains("total")) total = array_of<AmountCell>(j.at("total"), [unit](const Json& c) { return cell_from(c, unit); });
  const auto title = as_string(j.at("title"));
  const auto source = j.contains("source") ? as_string(j.at("source")) : std::string{};
  const auto columns = j.at("columns").get<std::vector<std::string>>();
  v = construct(j, [&] { return AmountTable(title, unit, columns, std::move(rows), std::move(total), source); });
}

void to_json(Json& j, const AfcBand& v) { j = to_string(v); }
void from_json(const Json& j, AfcBand& v) { v = parse_string(j, [](const std::string& s) { return parse_afc_band(s); }); }

COMMISSIONING_JSON_FROM_PARTS(StaffingLine)
COMMISSIONING_JSON_FROM_PARTS(StaffingTable)

COMMISSIONING_JSON_FROM_SPELLINGS(Recurrence)
COMMISSIONING_JSON_FROM_SPELLINGS(FundingSource)

COMMISSIONING_JSON_FROM_PARTS(FundingStream)

COMMISSIONING_JSON_FROM_FIELDS(Allocation)

void to_json(Json& j, const ReconciliationCheck& c) {
  j = Json{{"rule_id", c.rule_id},       {"path", c.path},
           {"where", c.where},           {"stated", in_unit(c.stated, c.unit)},
           {"expected", in_unit(c.expected, c.unit)}, {"drift", in_unit(c.drift(), c.unit)},
           {"tolerance", to_string(c.tolerance)},      {"unit", c.unit},
           {"within_tolerance", c.within_tolerance()}};
}

Json reconciliation_json(const Reconciliation& r) {
  Json inexact = Json::array();
  for (const auto& c : r.checks)
    if (!c.exact()) inexact.push_back(c);
  Json j{{"checks", r.checks.size()},
         {"exact", r.exact_count()},
         {"within_tolerance", r.within_tolerance_count()},
         {"outside_tolerance", r.outside_tolerance_count()},
         {"inexact_checks", inexact},
         {"diagnostics", r.report}};
  if (const auto* worst = r.largest_drift()) j["largest_drift"] = *worst;
  return j;
}

std::string_view to_string(FinanceDocument d) noexcept {
  switch (d) {
    case FinanceDocument::BudgetReport: return "budget report";
    case FinanceDocument::PositionTable: return "position table";
    case FinanceDocument::AmountTable: return "money table";
    case FinanceDocument::StaffingTable: return "staffing table";
    case FinanceDocument::FundingStream: return "funding stream";
    case FinanceDocument::Allocation: break;
  }
  return "allocation";
}

std::string_view kind_name(FinanceDocument d) noexcept {
  switch (d) {
    case FinanceDocument::BudgetReport: return "budget-report";
    case FinanceDocument::PositionTable: return "position-table";
    case FinanceDocument::AmountTable: return "money-table";
    case FinanceDocument::StaffingTable: return "staffing-table";
    case FinanceDocument::FundingStream: return "funding-stream";
    case FinanceDocument::Allocation: break;
  }
  return "allocation";
}

FinanceDocument detect_finance_document(const Json& j, const std::string& source) {
  if (j.is_object() && j.contains("kind") && j.at("kind").is_string()) {
    const auto& k = j.at("kind").get_ref<const std::string&>();
    for (auto d : {FinanceDocument::BudgetReport, FinanceDocument::PositionTable, FinanceDocument::AmountTable,
                   FinanceDocument::StaffingTable, FinanceDocument::FundingStream, FinanceDocument::Allocation})
      if (k == kind_name(d)) return d;
    throw InputError(source, 0, "/kind",
                     fmt::format("\"{}\" is not a finance document kind (budget-report, position-table, money-table, "
                                 "staffing-table, funding-stream, allocation)",
                                 k));
  }
  if (j.is_object()) {
    if (j.contains("sections")) return FinanceDocument::BudgetReport;
    if (j.contains("streams")) return FinanceDocument::Allocation;
    if (j.contains("scheme")) return FinanceDocument::FundingStream;
    if (j.contains("on_cost_factor")) return FinanceDocument::StaffingTable;
    if (j.contains("rows") && j.contains("period")) return FinanceDocument::PositionTable;
    if (j.contains("rows")) return FinanceDocument::AmountTable;
  }
  throw InputError(source, 0, "",
                   "not a finance document: expected a budget report (\"sections\"), a position table (\"rows\" and "
                   "\"period\"), a money table (\"rows\"), a staffing table (\"on_cost_factor\"), a funding stream "
                   "(\"scheme\") or an allocation (\"streams\")");
}

}  // namespace commissioning::finance

// The population vocabulary lives in core, so its JSON is found by ADL there.
namespace commissioning {
using io::Json;
using io::json_detail::parse_string;

void to_json(Json& j, const PopulationBasis& v) { j = std::string(to_string(v)); }
void from_json(const Json& j, PopulationBasis& v) {
  v = parse_string(j, [](const std::string& s) { return parse_population_basis(s); });
}

COMMISSIONING_JSON_FROM_PARTS(PopulationFigure)

}  // namespace commissioning
