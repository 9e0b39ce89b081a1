#include "commissioning/io/json_core.hpp"

#include <fmt/format.h>

#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_core.hpp"

namespace commissioning {

using io::Json;
using io::json_detail::as_string;
using io::json_detail::fail;
using io::json_detail::parse_string;
using io::json_detail::reject_unknown_keys;

void to_json(Json& j, const Money& v) { j = to_string(v); }
void from_json(const Json& j, Money& v) { v = parse_string(j, [](const std::string& s) { return parse_money(s); }); }

// Written as the canonical spelling; read through parse_money_unit, which also takes the
// table headers' forms ("(£000s)", "£ m").
void to_json(Json& j, const MoneyUnit& v) { j = std::string(spelling(v)); }
void from_json(const Json& j, MoneyUnit& v) { v = parse_string(j, [](const std::string& s) { return parse_money_unit(s); }); }

void to_json(Json& j, const ReportedAmount& v) { j = Json{{"figure", v.printed()}, {"unit", v.unit()}}; }
void from_json(const Json& j, ReportedAmount& v) {
  reject_unknown_keys(j, {"figure", "unit"});
  const auto unit = j.at("unit").get<MoneyUnit>();
  v = parse_string(j.at("figure"), [unit](const std::string& s) { return parse_reported_amount(s, unit); });
}

void to_json(Json& j, const Date& v) {
  if (!v.ok()) {
    j = nullptr;
    return;
  }
  j = to_string(v);
}
void from_json(const Json& j, Date& v) {
  if (j.is_null()) {
    v = Date{};
    return;
  }
  v = parse_string(j, [](const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') throw std::invalid_argument("dates in JSON are ISO 8601: 2018-07-03");
    return parse_date(s);
  });
}

// An empty value (value policy [default]) is null, as an empty Date is.
void to_json(Json& j, const TimeOfDay& v) { j = v.ok() ? Json(to_iso(v)) : Json(nullptr); }
void from_json(const Json& j, TimeOfDay& v) {
  v = j.is_null() ? TimeOfDay{} : parse_string(j, [](const std::string& s) { return parse_time(s); });
}

void to_json(Json& j, const FinancialYear& v) { j = v.ok() ? Json(to_string(v)) : Json(nullptr); }
void from_json(const Json& j, FinancialYear& v) {
  v = j.is_null() ? FinancialYear{} : parse_string(j, [](const std::string& s) { return parse_financial_year(s); });
}

void to_json(Json& j, const FinancialMonth& v) { j = v.ok() ? Json(to_string(v)) : Json(nullptr); }
void from_json(const Json& j, FinancialMonth& v) {
  v = j.is_null() ? FinancialMonth{} : parse_string(j, [](const std::string& s) { return parse_financial_month(s); });
}

void to_json(Json& j, const Quarter& v) { j = v.ok() ? Json(to_string(v)) : Json(nullptr); }
void from_json(const Json& j, Quarter& v) {
  v = j.is_null() ? Quarter{} : parse_string(j, [](const std::string& s) { return parse_quarter(s); });
}

void to_json(Json& j, const OdsCode& v) { j = v.ok() ? Json(to_string(v)) : Json(nullptr); }
void from_json(const Json& j, OdsCode& v) {
  v = j.is_null() ? OdsCode{} : parse_string(j, [](const std::string& s) { return OdsCode{s}; });
}

void to_json(Json& j, const Percentage& v) { j = to_string(v); }
void from_json(const Json& j, Percentage& v) {
  v = parse_string(j, [](const std::string& s) { return parse_percentage(s); });
}

void to_json(Json& j, const Initials& v) { j = v.ok() ? Json(to_string(v)) : Json(nullptr); }
void from_json(const Json& j, Initials& v) {
  v = j.is_null() ? Initials{} : parse_string(j, [](const std::string& s) { return Initials{s}; });
}

void to_json(Json& j, const PersonName& v) {
  j = Json{{"family", v.family}};
  if (!v.title.empty()) j["title"] = v.title;
  if (!v.given.empty()) j["given"] = v.given;
  if (!v.post_nominals.empty()) j["post_nominals"] = v.post_nominals;
}
void from_json(const Json& j, PersonName& v) {
  if (j.is_string()) {  // "Dr Ruth Chambers OBE" is accepted as shorthand
    v = parse_string(j, [](const std::string& s) { return parse_person_name(s); });
    return;
  }
  reject_unknown_keys(j, {"title", "given", "family", "post_nominals"});
  v = PersonName{};
  v.family = as_string(j.at("family"));
  if (v.family.empty()) fail(j.at("family"), "a name needs a family name");
  if (j.contains("title")) v.title = as_string(j.at("title"));
  if (j.contains("given")) v.given = as_string(j.at("given"));
  if (j.contains("post_nominals")) v.post_nominals = j.at("post_nominals").get<std::vector<std::string>>();
}

void to_json(Json& j, const PerHeadRate& v) { j = to_string(v); }
void from_json(const Json& j, PerHeadRate& v) {
  v = parse_string(j, [](const std::string& s) { return parse_per_head_rate(s); });
}

void to_json(Json& j, const PopulationRate& v) { j = to_string(v); }
void from_json(const Json& j, PopulationRate& v) {
  v = parse_string(j, [](const std::string& s) { return parse_population_rate(s); });
}

COMMISSIONING_JSON_FROM_SPELLINGS(Weekday)
// Read through parse_rag, whose error names the choices as documents write them.
void to_json(Json& j, const Rag& v) { j = std::string(spelling(v)); }
void from_json(const Json& j, Rag& v) { v = parse_string(j, [](const std::string& s) { return parse_rag(s); }); }
COMMISSIONING_JSON_FROM_FIELDS(WrittenDate)
COMMISSIONING_JSON_FROM_FIELDS(TimeRange)

void to_json(Json& j, const Severity& v) { j = std::string(to_string(v)); }
void from_json(const Json& j, Severity& v) { v = parse_string(j, [](const std::string& s) { return parse_severity(s); }); }

void to_json(Json& j, const Diagnostic& v) {
  j = Json{{"rule_id", v.rule_id}, {"severity", v.severity}, {"path", v.path}, {"message", v.message}};
}
void from_json(const Json& j, Diagnostic& v) {
  reject_unknown_keys(j, {"rule_id", "severity", "path", "message"});
  v.rule_id = as_string(j.at("rule_id"));
  v.severity = j.at("severity").get<Severity>();
  v.path = as_string(j.at("path"));
  v.message = as_string(j.at("message"));
}

void to_json(Json& j, const ValidationReport& r) { j = r.diagnostics(); }

}  // namespace commissioning
