// Python bindings for the vocabulary types, diagnostics and the rule registry.
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <fmt/format.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "commissioning/commissioning.hpp"

namespace commissioning::python {

namespace {

py::object to_time(TimeOfDay t) {
  if (!t.ok()) return py::none();  // value policy [default]: an empty time is None
  return py::module_::import("datetime").attr("time")(t.hour(), t.minute());
}

TimeOfDay from_time(const py::handle& h) {
  const auto datetime = py::module_::import("datetime");
  if (py::isinstance<py::str>(h)) return parse_time(h.cast<std::string>());
  if (!py::isinstance(h, datetime.attr("time"))) throw py::type_error("expected datetime.time or a string such as '10.00am'");
  return TimeOfDay(h.attr("hour").cast<unsigned>(), h.attr("minute").cast<unsigned>());
}

template <class T>
std::string str_of(const T& v) {
  return to_string(v);
}

}  // namespace

py::list diagnostics_to_list(const ValidationReport& report) {
  py::list out;
  for (const auto& d : report.diagnostics()) out.append(py::cast(d));
  return out;
}

void bind_core(py::module_& m) {
  bind_enum<Severity>(m, "Severity", "How serious a diagnostic is; str() is the spelling reports use ('error')",
                     {{"ERROR", Severity::Error}, {"WARNING", Severity::Warning}, {"INFO", Severity::Info}});

  py::class_<Diagnostic>(m, "Diagnostic", "One finding: a registered rule, how serious, where, and what is wrong")
      .def(py::init([](std::string rule_id, Severity severity, std::string path, std::string message) {
             return Diagnostic{std::move(rule_id), severity, std::move(path), std::move(message)};
           }),
           py::kw_only(), py::arg("rule_id"), py::arg("severity"), py::arg("path"), py::arg("message"),
           "A finding made by hand (keywords only), e.g. to compare with what validate() returns")
      .def_readonly("rule_id", &Diagnostic::rule_id, "The registered rule it reports ('governance.meeting.quorate'; see rules())")
      .def_readonly("severity", &Diagnostic::severity, "How serious: a Severity member")
      .def_readonly("path", &Diagnostic::path,
                    "Where: a JSON Pointer into the document's to_dict() ('/meetings/0/agenda/2'), or file:line for a CSV file")
      .def_readonly("message", &Diagnostic::message, "What is wrong, in words")
      .def(py::self == py::self)
      // Pickled as its four fields, so a Diagnostic crosses processes (ProcessPoolExecutor).
      .def(py::pickle([](const Diagnostic& d) { return py::make_tuple(d.rule_id, d.severity, d.path, d.message); },
                      [](const py::tuple& t) {
                        return Diagnostic{t[0].cast<std::string>(), t[1].cast<Severity>(), t[2].cast<std::string>(),
                                          t[3].cast<std::string>()};
                      }))
      .def("to_dict", [](const Diagnostic& d) {
        return py::dict(py::arg("rule_id") = d.rule_id, py::arg("severity") = std::string(to_string(d.severity)),
                        py::arg("path") = d.path, py::arg("message") = d.message);
      }, "{'rule_id', 'severity' (the spelling: 'error'), 'path', 'message'}: all str")
      .def("__str__", [](const Diagnostic& d) { return to_string(d); })
      .def("__repr__", [](const Diagnostic& d) {
        return fmt::format("Diagnostic(rule_id='{}', severity={}, path='{}', message='{}')", d.rule_id,
                           to_string(d.severity), d.path, d.message);
      });

  m.def("rules", [] {
    py::list out;
    for (const Rule* r : all_rules())
      out.append(py::dict(py::arg("id") = std::string(r->id), py::arg("severity") = std::string(to_string(r->severity)),
                          py::arg("summary") = std::string(r->summary), py::arg("evidence") = std::string(r->evidence)));
    return out;
  }, "Every validation rule the library can report, as dicts (id, severity, summary, evidence)");

  // Money is decimal.Decimal in pounds.
  m.def("parse_money", &parse_money, py::arg("text"),
        "Read an amount as the documents write it ('£1,427k', '-0', '(123)') as an exact Decimal of pounds");
  m.def("format_money", [](Money v) { return to_string(v); }, py::arg("amount"),
        "Write an amount (Decimal or int pounds, or text) as the library prints money: '£1,427,000.00'");

  bind_enum<MoneyUnit>(m, "MoneyUnit", "The unit a table states its figures in; str() is as printed ('£\'000s')",
                      {{"POUNDS", MoneyUnit::Pounds}, {"THOUSANDS", MoneyUnit::Thousands}, {"MILLIONS", MoneyUnit::Millions}});

  py::class_<ReportedAmount>(m, "ReportedAmount", "A figure as printed: value, unit and rounding")
      .def_property_readonly("value", &ReportedAmount::value, "The amount in pounds (Decimal, exact): 1427 £'000s is 1427000")
      .def_property_readonly("unit", &ReportedAmount::unit, "The unit it was printed in (a MoneyUnit member)")
      .def_property_readonly("decimals", [](const ReportedAmount& a) { return static_cast<int>(a.decimals()); },
                             "Decimal places printed in that unit (int)")
      .def_property_readonly("negative_zero", &ReportedAmount::negative_zero,
                             "Printed as a negative zero ('-0', '(0)'): a small negative rounded away")
      .def_property_readonly("resolution", &ReportedAmount::resolution,
                             "The step of the printed figure in pounds (Decimal): 1000 for whole £'000s")
      .def_property_readonly("printed", &ReportedAmount::printed, "The figure as printed, in its unit (str)")
      .def(py::self == py::self)
      .def(py::pickle([](const ReportedAmount& a) {
                        return py::make_tuple(a.value(), a.unit(), static_cast<int>(a.decimals()), a.negative_zero());
                      },
                      [](const py::tuple& t) {
                        return ReportedAmount(t[0].cast<Money>(), t[1].cast<MoneyUnit>(), t[2].cast<std::uint8_t>(),
                                              t[3].cast<bool>());
                      }))
      .def("__repr__", [](const ReportedAmount& a) {
        return fmt::format("ReportedAmount('{}', unit='{}')", a.printed(), std::string(to_string(a.unit())));
      });
  m.def("parse_reported_amount", &parse_reported_amount, py::arg("text"), py::arg("table_unit") = MoneyUnit::Pounds,
        "Read a figure as a table prints it ('1,427', '(12)', '-0') in the table's unit (a MoneyUnit), keeping its "
        "rounding: a ReportedAmount. ParseError for text that is not an amount");

  // Dates are datetime.date.
  py::class_<WrittenDate>(m, "WrittenDate", "A date as written, with any stated weekday kept")
      .def_readonly("date", &WrittenDate::date, "The date (datetime.date)")
      .def_property_readonly("stated_weekday", [](const WrittenDate& d) -> py::object {
        if (!d.stated_weekday) return py::none();
        return py::str(std::string(to_string(*d.stated_weekday)));
      }, "The weekday the text states ('Tuesday'), or None")
      .def_readonly("year_from_context", &WrittenDate::year_from_context,
                    "True when the text had no year and it came from the year argument")
      .def_readonly("verbatim", &WrittenDate::verbatim, "The text as written (str)")
      .def("weekday_matches", &WrittenDate::weekday_matches,
           "False when a stated weekday is not the date's weekday; True otherwise (also with no weekday stated)")
      .def("check", [](const WrittenDate& d, const std::string& path) {
        ValidationReport r;
        rules::check(d, path, r);
        return diagnostics_to_list(r);
      }, py::arg("path") = "", "Diagnostics for this date (a stated weekday that is wrong); path: its JSON Pointer, \"\" for the date itself")
      .def(py::self == py::self)
      .def(py::pickle([](const WrittenDate& d) {
                        py::object weekday = py::none();
                        if (d.stated_weekday) weekday = py::str(std::string(to_string(*d.stated_weekday)));
                        return py::make_tuple(d.date, weekday, d.year_from_context, d.verbatim);
                      },
                      [](const py::tuple& t) {
                        WrittenDate d{t[0].cast<Date>(), std::nullopt, t[2].cast<bool>(), t[3].cast<std::string>()};
                        if (!t[1].is_none()) d.stated_weekday = parse_weekday_name(t[1].cast<std::string>());
                        return d;
                      }))
      .def("__repr__", [](const WrittenDate& d) { return fmt::format("WrittenDate('{}', date={})", d.verbatim, to_string(d.date)); });
  m.def("parse_written_date", [](const std::string& text, std::optional<int> year) {
    return parse_written_date(text, DateContext{year});
  }, py::arg("text"), py::arg("year") = py::none(),
        "Read a date as the papers write it ('Tuesday 5th June 2018', '05/06/2018', '5 June' with year=2018), keeping "
        "the text and any weekday stated: a WrittenDate. ParseError for text that is not a date");
  m.def("parse_date", [](const std::string& text, std::optional<int> year) { return parse_date(text, DateContext{year}); },
        py::arg("text"), py::arg("year") = py::none(),
        "Read a date as the papers write it as datetime.date; year (int) supplies a missing year. ParseError otherwise");

  m.def("parse_time", [](const std::string& s) { return to_time(parse_time(s)); }, py::arg("text"),
        "Read '10.00am', '6:30pm' or '14:30' as datetime.time");
  m.def("format_time", [](const py::handle& t) { return to_string(from_time(t)); }, py::arg("time"),
        "Write a datetime.time (or text such as '2pm') as the library prints times (str)");
  m.def("parse_time_range", [](const std::string& s) {
    const auto r = parse_time_range(s);
    ValidationReport report;
    rules::check(r, "", report);
    return py::make_tuple(to_time(r.start), to_time(r.end), diagnostics_to_list(report));
  }, py::arg("text"), "(start, end, diagnostics): an end before the start is a diagnostic");

  py::class_<FinancialYear>(m, "FinancialYear", "April to March, written 2018/19")
      .def(py::init<int>(), py::arg("start_year"), "The year starting 1 April of start_year (2018 is 2018/19)")
      .def_static("parse", &parse_financial_year, py::arg("text"), "Read '2018/19', '18/19', '2018-19', '2018/2019' or 'FY2018/19'; ParseError otherwise")
      .def_static("containing", &FinancialYear::containing, py::arg("date"), "The financial year a datetime.date falls in")
      .def_property_readonly("start_year", [](const FinancialYear& y) -> py::object {
        return y.ok() ? py::object(py::int_(y.start_year())) : py::object(py::none());
      }, "The calendar year of its April (int; None for an empty year)")
      .def_property_readonly("first_day", &FinancialYear::first_day, "1 April (datetime.date)")
      .def_property_readonly("last_day", &FinancialYear::last_day, "31 March of the next year (datetime.date)")
      .def("__contains__", &FinancialYear::contains, py::arg("date"), "True when the datetime.date falls in this year")
      .def(py::self == py::self)
      .def(py::self < py::self)
      .def("__hash__", [](const FinancialYear& y) { return std::hash<FinancialYear>{}(y); })
      .def(py::pickle([](const FinancialYear& y) -> py::tuple {
                        if (!y.ok()) return py::make_tuple(py::none());
                        return py::make_tuple(y.start_year());
                      },
                      [](const py::tuple& t) { return t[0].is_none() ? FinancialYear{} : FinancialYear(t[0].cast<int>()); }))
      .def("__str__", &str_of<FinancialYear>)
      .def("__repr__", [](const FinancialYear& y) { return fmt::format("FinancialYear('{}')", to_string(y)); });

  py::class_<FinancialMonth>(m, "FinancialMonth", "Month N of a financial year; Month 1 is April")
      .def(py::init<FinancialYear, unsigned>(), py::arg("year"), py::arg("month"), "Month `month` (1–12, 1 is April) of a FinancialYear")
      .def_static("parse", &parse_financial_month, py::arg("text"), py::arg("year") = py::none(),
                  "Read '2018/19 Month 2', 'Month 2 2018/19' or 'M2 2018/19'; with year (a FinancialYear), 'Month 2' alone")
      .def_property_readonly("year", &FinancialMonth::year, "The FinancialYear")
      .def_property_readonly("month", [](const FinancialMonth& x) -> py::object {
        return x.ok() ? py::object(py::int_(x.month())) : py::object(py::none());
      }, "The month number, 1 (April) to 12 (March); None when empty")
      .def_property_readonly("first_day", &FinancialMonth::first_day, "Its first day (datetime.date)")
      .def_property_readonly("last_day", &FinancialMonth::last_day, "Its last day (datetime.date)")
      .def(py::self == py::self)
      .def(py::pickle([](const FinancialMonth& x) -> py::tuple {
                        if (!x.ok()) return py::make_tuple(py::none(), 0);
                        return py::make_tuple(x.year(), x.month());
                      },
                      [](const py::tuple& t) {
                        return t[0].is_none() ? FinancialMonth{} : FinancialMonth(t[0].cast<FinancialYear>(), t[1].cast<unsigned>());
                      }))
      .def("__str__", &str_of<FinancialMonth>)
      .def("__repr__", [](const FinancialMonth& x) { return fmt::format("FinancialMonth('{}')", to_string(x)); });

  py::class_<Quarter>(m, "Quarter", "A quarter of a financial year; Q1 is April to June")
      .def(py::init<FinancialYear, unsigned>(), py::arg("year"), py::arg("quarter"), "Quarter `quarter` (1–4) of a FinancialYear")
      .def_static("parse", &parse_quarter, py::arg("text"), "Read 'Q1 2018/19', 'Q1 18/19' or 'quarter 1 of 2018/19'; ParseError otherwise ('Q1 2017' is ambiguous)")
      .def_property_readonly("year", &Quarter::year, "The FinancialYear")
      .def_property_readonly("quarter", [](const Quarter& x) -> py::object {
        return x.ok() ? py::object(py::int_(x.quarter())) : py::object(py::none());
      }, "The quarter number, 1 (April–June) to 4 (January–March); None when empty")
      .def_property_readonly("first_day", &Quarter::first_day, "Its first day (datetime.date)")
      .def_property_readonly("last_day", &Quarter::last_day, "Its last day (datetime.date)")
      .def(py::self == py::self)
      .def(py::pickle([](const Quarter& x) -> py::tuple {
                        if (!x.ok()) return py::make_tuple(py::none(), 0);
                        return py::make_tuple(x.year(), x.quarter());
                      },
                      [](const py::tuple& t) {
                        return t[0].is_none() ? Quarter{} : Quarter(t[0].cast<FinancialYear>(), t[1].cast<unsigned>());
                      }))
      .def("__str__", &str_of<Quarter>)
      .def("__repr__", [](const Quarter& x) { return fmt::format("Quarter('{}')", to_string(x)); });

  py::class_<OdsCode>(m, "OdsCode", "An ODS organisation code; its kind comes from its shape")
      .def(py::init<std::string_view>(), py::arg("code"), "Check a code's shape ('A81001', '05W', 'QHM'); ParseError when it has none")
      .def_property_readonly("kind", [](const OdsCode& c) -> py::object {
        if (!c.ok()) return py::none();
        return py::str(std::string(to_string(c.kind())));
      }, "What the shape says it is (str: a GP practice, a CCG …); None for an empty code")
      .def_property_readonly("code", [](const OdsCode& c) { return std::string(c.str()); }, "The code as text")
      .def(py::self == py::self)
      .def("__hash__", [](const OdsCode& c) { return std::hash<OdsCode>{}(c); })
      .def(py::pickle([](const OdsCode& c) { return py::make_tuple(std::string(c.str())); },
                      [](const py::tuple& t) {
                        const auto code = t[0].cast<std::string>();
                        return code.empty() ? OdsCode{} : OdsCode(code);
                      }))
      .def("__str__", [](const OdsCode& c) { return std::string(c.str()); })
      .def("__repr__", [](const OdsCode& c) { return fmt::format("OdsCode('{}')", c.str()); });

  bind_enum<Rag>(m, "Rag", "A red / amber / green (/ blue for complete) status; str() is as reports write it ('Amber')",
                {{"RED", Rag::Red}, {"AMBER", Rag::Amber}, {"GREEN", Rag::Green}, {"BLUE", Rag::Blue}});
  m.def("parse_rag", &parse_rag, py::arg("text"), "Read 'Red', 'R', 'Amber', 'A', 'Green', 'G', 'Blue', 'B' as a Rag member; ParseError otherwise");
  m.def("parse_percentage", [](const std::string& s) {
    return py::module_::import("decimal").attr("Decimal")(parse_percentage(s).basis_points()).attr("scaleb")(-2);
  }, py::arg("text"), "Read '0.5%' as Decimal('0.50') (percent, exact)");
  m.def("per_head_funding", [](const std::string& rate, std::int64_t population) {
    return parse_per_head_rate(rate).for_population(population);
  }, py::arg("rate"), py::arg("population"), "Money for a population at a rate such as '£3.34 a head'");
}

}  // namespace commissioning::python
