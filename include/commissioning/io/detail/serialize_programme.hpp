#pragma once
// Non-intrusive Boost.Serialization of the programme values (calendar months, due dates,
// decimals); the entities' archives come from their field tables (io/detail/fields_programme.hpp).
// Due dates travel as their verbatim text and are read back through parse_due_date, so they
// are checked like any other input.
#include <stdexcept>
#include <string>

#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_programme.hpp"
#include "commissioning/io/detail/serialize_core.hpp"
#include "commissioning/io/detail/serialize_risk.hpp"
#include "commissioning/programme/assurance.hpp"
#include "commissioning/programme/due_date.hpp"
#include "commissioning/programme/highlight_report.hpp"
#include "commissioning/programme/milestone.hpp"
#include "commissioning/programme/programme.hpp"
#include "commissioning/programme/target.hpp"

namespace boost::serialization {

template <class Ar>
void serialize(Ar& ar, commissioning::CalendarMonth& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::CalendarMonth>(version);
  std::int32_t year = v.year();
  std::uint32_t month = v.month();
  ar& make_nvp("year", year);
  ar& make_nvp("month", month);
  if constexpr (Ar::is_loading::value) v = commissioning::CalendarMonth{year, month};
}

template <class Ar>
void serialize(Ar& ar, commissioning::DueDate& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::DueDate>(version);
  std::string text = v.verbatim();
  field(ar, "verbatim", text);
  if constexpr (Ar::is_loading::value) v = commissioning::parse_due_date(text);
}

template <class Ar>
void serialize(Ar& ar, commissioning::Decimal2& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::Decimal2>(version);
  std::int64_t h = v.hundredths();
  ar& make_nvp("hundredths", h);
  v = commissioning::Decimal2::from_hundredths(h);
}

}  // namespace boost::serialization

BOOST_CLASS_VERSION(commissioning::CalendarMonth, 1)
BOOST_CLASS_VERSION(commissioning::DueDate, 1)
BOOST_CLASS_VERSION(commissioning::Decimal2, 1)
