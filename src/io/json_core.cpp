#include "commissioning/io/json_core.hpp"

#include <fmt/format.h>

namespace commissioning {

using io::Json;
using io::json_detail::as_string;
using io::json_detail::fail;
using io::json_detail::parse_string;
using io::json_detail::reject_unknown_keys;

void to_json(Json& j, const Money& v) { j = to_string(v); }
void from_json(const Json& j, Money& v) { v = parse_string(j, [](const std::string& s) { return parse_money(s); }); }

void to_json(Json& j, const MoneyUnit& v) { j = std::string(to_string(v)); }
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

void to_json(Json& j, const Weekday& v) { j = std::string(to_string(v)); }
void from_json(const Json& j, Weekday& v) {
  const auto& s = as_string(j);
  for (int i = 0; i < 7; ++i)
    if (to_string(static_cast<Weekday>(i)) == s) {
      v = static_cast<Weekday>(i);
      return;
    }
  fail(j, fmt::format("\"{}\" is not a weekday (Monday … Sunday)", s));
}

void to_json(Json& j, const WrittenDate& v) {
  j = Json{{"date", v.date}, {"verbatim", v.verbatim}};
  if (v.stated_weekday) j["stated_weekday"] = *v.stated_weekday;
  if (v.year_from_context) j["year_from_context"] = true;
}
void from_json(const Json& j, WrittenDate& v) {
  reject_unknown_keys(j, {"date", "verbatim", "stated_weekday", "year_from_context"});
  v.date = j.at("date").get<Date>();
  v.verbatim = as_string(j.at("verbatim"));
  v.stated_weekday.reset();
  if (j.contains("stated_weekday")) v.stated_weekday = j.at("stated_weekday").get<Weekday>();
  v.year_from_context = j.value("year_from_context", false);
}

// An empty value (value policy [default]) is null, as an empty Date is.
void to_json(Json& j, const TimeOfDay& v) { j = v.ok() ? Json(to_iso(v)) : Json(nullptr); }
void from_json(const Json& j, TimeOfDay& v) {
  v = j.is_null() ? TimeOfDay{} : parse_string(j, [](const std::string& s) { return parse_time(s); });
}

void to_json(Json& j, const TimeRange& v) { j = Json{{"start", v.start}, {"end", v.end}}; }
void from_json(const Json& j, TimeRange& v) {
  reject_unknown_keys(j, {"start", "end"});
  v.start = j.at("start").get<TimeOfDay>();
  v.end = j.at("end").get<TimeOfDay>();
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

void to_json(Json& j, const Rag& v) { j = std::string(to_string(v)); }
void from_json(const Json& j, Rag& v) { v = parse_string(j, [](const std::string& s) { return parse_rag(s); }); }

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
