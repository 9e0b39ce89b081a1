#include "commissioning/io/json_finance.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_finance.hpp"

namespace commissioning::finance {

using io::Json;
using io::json_detail::fail;
using io::json_detail::parse_string;

namespace {
ReportedAmount read_amount(const Json& j) {
  return parse_string(j, [](const std::string& s) { return parse_reported_amount(s); });
}

// The unit of the table being read or written: the figures inside it are printed in it.
thread_local std::optional<MoneyUnit> table_unit;

class InTable {
 public:
  explicit InTable(std::optional<MoneyUnit> unit) : saved_(table_unit) { table_unit = unit; }
  ~InTable() { table_unit = saved_; }
  InTable(const InTable&) = delete;
  InTable& operator=(const InTable&) = delete;

 private:
  std::optional<MoneyUnit> saved_;
};

MoneyUnit unit_at(const Json& at) {
  if (!table_unit) fail(at, "a table figure outside a table");
  return *table_unit;
}
}  // namespace

struct AmountText {
  static Json write(const ReportedAmount& a) { return amount_text(a); }
  static ReportedAmount read(const Json& j) { return read_amount(j); }
};

struct TableFigure {
  static Json write(const ReportedAmount& a) { return a.printed(); }
  static ReportedAmount read(const Json& j) {
    const auto unit = unit_at(j);
    return parse_string(j, [unit](const std::string& s) {
      const auto a = parse_reported_amount(s, unit);
      if (a.unit() != unit)
        throw std::invalid_argument(fmt::format("\"{}\" is in {}, but the table is in {}", s, to_string(a.unit()), to_string(unit)));
      return a;
    });
  }
};

// A cell is written as its verbatim text when that text reads back to the same cell.
struct TableCell {
  static Json write(const AmountCell& c) {
    try {
      if (parse_amount_cell(c.verbatim, table_unit.value()) == c) return c.verbatim;
    } catch (const ParseError&) {
    }
    Json j;
    io::describe_json::write_object(j, c);
    return j;
  }
  static AmountCell read(const Json& j) {
    if (j.is_string()) return parse_string(j, [unit = unit_at(j)](const std::string& s) { return parse_amount_cell(s, unit); });
    AmountCell c;
    io::describe_json::read_object(j, c);
    return c;
  }
};

namespace {
// The tables' one JSON adapter. A report, position table or money table names its unit, and
// its figures are read and written in it; a line or section inside a report takes the
// report's, and standing alone carries it as "unit" beside its own fields.
template <class T>
constexpr bool names_its_unit = io::DescribedDocument<typename io::Parts<T>::type>;

template <class T>
MoneyUnit unit_of(const T& v) {
  return v.unit();
}
MoneyUnit unit_of(const BudgetSection& s) {
  return s.lines().empty() ? MoneyUnit::Thousands : s.lines().front().unit();
}

template <class T>
void table_to_json(Json& j, const T& v) {
  const bool alone = names_its_unit<T> || !table_unit;
  const InTable in(alone ? unit_of(v) : table_unit);
  io::describe_json::write_object(j, io::Parts<T>::of(v));
  if (alone && !names_its_unit<T>) j["unit"] = *table_unit;
}

template <class T>
void table_from_json(const Json& j, T& v) {
  if constexpr (names_its_unit<T>) {
    // Its "unit" field comes before any figure in the table, and is read and checked there.
    std::optional<MoneyUnit> unit;
    if (j.is_object() && j.contains("unit")) {
      try {
        unit = j.at("unit").get<MoneyUnit>();
      } catch (const std::exception&) {
      }
    }
    const InTable in(unit);
    io::describe_json::read_from_parts(j, v);
  } else if (table_unit) {
    io::describe_json::read_from_parts(j, v);
  } else {
    if (!j.is_object()) fail(j, fmt::format("expected an object, found {}", j.type_name()));
    if (!j.contains("unit")) fail(j, "\"unit\" is required");
    MoneyUnit unit{};
    {
      io::json_detail::JsonPathScope at(j.at("unit"), "unit");
      unit = j.at("unit").get<MoneyUnit>();
    }
    const InTable in(unit);
    io::describe_json::read_from_parts(j, v, "unit");
  }
}
}  // namespace

#define COMMISSIONING_FINANCE_TABLE_JSON(T)                                  \
  void to_json(Json& j, const T& v) { table_to_json(j, v); }                 \
  void from_json(const Json& j, T& v) { table_from_json(j, v); }

COMMISSIONING_JSON_FROM_SPELLINGS(BudgetFamily)
COMMISSIONING_JSON_FROM_SPELLINGS(BudgetColumn)
COMMISSIONING_JSON_FROM_SPELLINGS(LineKind)
COMMISSIONING_JSON_FROM_SPELLINGS(NarrativeSense)

COMMISSIONING_FINANCE_TABLE_JSON(BudgetLine)
COMMISSIONING_FINANCE_TABLE_JSON(BudgetSection)
COMMISSIONING_FINANCE_TABLE_JSON(BudgetReport)
COMMISSIONING_FINANCE_TABLE_JSON(PositionTable)
COMMISSIONING_FINANCE_TABLE_JSON(AmountTable)

COMMISSIONING_JSON_FROM_FIELDS(NarrativeFigure)
COMMISSIONING_JSON_FROM_FIELDS(PercentageBase)
COMMISSIONING_JSON_FROM_FIELDS(Phasing)
COMMISSIONING_JSON_FROM_FIELDS(PerHeadBasis)

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
