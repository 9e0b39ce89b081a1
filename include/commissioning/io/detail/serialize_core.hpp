#pragma once
// Non-intrusive Boost.Serialization of the vocabulary types. Loading goes through the same
// checked constructors and parsers as any other caller, so an archive cannot build a value
// a program could not. The plain aggregates (WrittenDate, TimeRange) are
// described in io/detail/fields_core.hpp and get their serialize() from their field tables.
#include <string>

#include "commissioning/core/date.hpp"
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/core/money.hpp"
#include "commissioning/core/ods_code.hpp"
#include "commissioning/core/percentage.hpp"
#include "commissioning/core/person_name.hpp"
#include "commissioning/core/rag.hpp"
#include "commissioning/core/rate.hpp"
#include "commissioning/core/reported_amount.hpp"
#include "commissioning/core/time_of_day.hpp"
#include "commissioning/io/detail/archive_support.hpp"
#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_core.hpp"

namespace boost::serialization {

using commissioning::io::archive_detail::enum_field;
using commissioning::io::archive_detail::field;

template <class Ar>
void serialize(Ar& ar, commissioning::Money& m, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::Money>(version);
  auto pence = m.pence();
  ar& make_nvp("pence", pence);
  m = commissioning::Money::from_pence(pence);
}

template <class Ar>
void serialize(Ar& ar, commissioning::ReportedAmount& a, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::ReportedAmount>(version);
  auto value = a.value();
  auto unit = a.unit();
  auto decimals = static_cast<std::int32_t>(a.decimals());
  bool negative_zero = a.negative_zero();
  field(ar, "value", value);
  enum_field(ar, "unit", unit, commissioning::MoneyUnit::Millions);
  ar& make_nvp("decimals", decimals);
  field(ar, "negative_zero", negative_zero);
  if constexpr (Ar::is_loading::value) {
    if (decimals < 0 || decimals > 255) throw std::runtime_error("archive holds an impossible number of decimals");
    // The checked constructor refuses decimals beyond the unit and values it cannot print.
    a = commissioning::ReportedAmount(value, unit, static_cast<std::uint8_t>(decimals), negative_zero);
  }
}

template <class Ar>
void serialize(Ar& ar, commissioning::Date& d, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::Date>(version);
  std::int32_t y = d.ok() ? d.year() : 0;
  std::uint32_t m = d.ok() ? d.month() : 0, day = d.ok() ? d.day() : 0;
  ar& make_nvp("year", y);
  ar& make_nvp("month", m);
  ar& make_nvp("day", day);
  if constexpr (Ar::is_loading::value) {
    if (y == 0 && m == 0 && day == 0) {
      d = commissioning::Date{};
    } else if (auto checked = commissioning::Date::make(y, m, day)) {
      d = *checked;
    } else {
      throw std::runtime_error("archive holds an impossible date");
    }
  }
}

template <class Ar>
void serialize(Ar& ar, commissioning::TimeOfDay& t, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::TimeOfDay>(version);
  constexpr std::uint32_t empty = 0xFFFF'FFFFu;  // an empty time (value policy [default])
  std::uint32_t minutes = t.ok() ? t.minutes_since_midnight() : empty;
  ar& make_nvp("minutes", minutes);
  if constexpr (Ar::is_loading::value)
    t = minutes == empty ? commissioning::TimeOfDay{} : commissioning::TimeOfDay(minutes / 60, minutes % 60);  // checked
}

template <class Ar>
void serialize(Ar& ar, commissioning::FinancialYear& y, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::FinancialYear>(version);
  std::int32_t start = y.ok() ? y.start_year() : 0;  // 0: empty
  ar& make_nvp("start_year", start);
  if constexpr (Ar::is_loading::value) {
    if (start == 0) {
      y = commissioning::FinancialYear{};
    } else if (const auto checked = commissioning::FinancialYear::make(start)) {
      y = *checked;
    } else {
      throw std::runtime_error("archive holds an impossible financial year");
    }
  }
}

template <class Ar>
void serialize(Ar& ar, commissioning::FinancialMonth& m, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::FinancialMonth>(version);
  auto year = m.year();
  std::uint32_t month = m.ok() ? m.month() : 0;  // 0 with an empty year: empty
  field(ar, "year", year);
  ar& make_nvp("month", month);
  if constexpr (Ar::is_loading::value)
    m = month == 0 && !year.ok() ? commissioning::FinancialMonth{} : commissioning::FinancialMonth(year, month);
}

template <class Ar>
void serialize(Ar& ar, commissioning::Quarter& q, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::Quarter>(version);
  auto year = q.year();
  std::uint32_t n = q.ok() ? q.quarter() : 0;  // 0 with an empty year: empty
  field(ar, "year", year);
  ar& make_nvp("quarter", n);
  if constexpr (Ar::is_loading::value) q = n == 0 && !year.ok() ? commissioning::Quarter{} : commissioning::Quarter(year, n);
}

template <class Ar>
void serialize(Ar& ar, commissioning::OdsCode& c, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::OdsCode>(version);
  std::string s{c.str()};
  field(ar, "code", s);
  if constexpr (Ar::is_loading::value) c = s.empty() ? commissioning::OdsCode{} : commissioning::OdsCode{s};
}

template <class Ar>
void serialize(Ar& ar, commissioning::Initials& i, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::Initials>(version);
  std::string s{i.str()};
  field(ar, "initials", s);
  if constexpr (Ar::is_loading::value) i = s.empty() ? commissioning::Initials{} : commissioning::Initials{s};
}

template <class Ar>
void serialize(Ar& ar, commissioning::Percentage& p, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::Percentage>(version);
  auto bp = p.basis_points();
  ar& make_nvp("basis_points", bp);
  p = commissioning::Percentage::from_basis_points(bp);
}

template <class Ar>
void serialize(Ar& ar, commissioning::PersonName& n, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::PersonName>(version);
  field(ar, "title", n.title);
  field(ar, "given", n.given);
  field(ar, "family", n.family);
  field(ar, "post_nominals", n.post_nominals);
}

template <class Ar>
void serialize(Ar& ar, commissioning::PerHeadRate& r, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::PerHeadRate>(version);
  field(ar, "per_head", r.per_head);
}

template <class Ar>
void serialize(Ar& ar, commissioning::PopulationRate& r, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::PopulationRate>(version);
  ar& make_nvp("quantity", r.quantity);
  field(ar, "unit", r.unit);
  ar& make_nvp("per_people", r.per_people);
  field(ar, "period", r.period);
}

template <class Ar>
void serialize(Ar& ar, commissioning::Diagnostic& d, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::Diagnostic>(version);
  field(ar, "rule_id", d.rule_id);
  enum_field(ar, "severity", d.severity, commissioning::Severity::Info);
  field(ar, "path", d.path);
  field(ar, "message", d.message);
}

}  // namespace boost::serialization

BOOST_CLASS_VERSION(commissioning::Money, 1)
BOOST_CLASS_VERSION(commissioning::ReportedAmount, 1)
BOOST_CLASS_VERSION(commissioning::Date, 1)
BOOST_CLASS_VERSION(commissioning::TimeOfDay, 1)
BOOST_CLASS_VERSION(commissioning::FinancialYear, 1)
BOOST_CLASS_VERSION(commissioning::FinancialMonth, 1)
BOOST_CLASS_VERSION(commissioning::Quarter, 1)
BOOST_CLASS_VERSION(commissioning::OdsCode, 1)
BOOST_CLASS_VERSION(commissioning::Initials, 1)
BOOST_CLASS_VERSION(commissioning::Percentage, 1)
BOOST_CLASS_VERSION(commissioning::PersonName, 1)
BOOST_CLASS_VERSION(commissioning::PerHeadRate, 1)
BOOST_CLASS_VERSION(commissioning::PopulationRate, 1)
BOOST_CLASS_VERSION(commissioning::Diagnostic, 1)
