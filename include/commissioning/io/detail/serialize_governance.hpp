#pragma once
// Non-intrusive Boost.Serialization of the governance values written as text or parts
// (agenda numbers, paper references, minute references, postcodes): rebuilt through their
// checked constructors on load. The entities' archives come from their field tables
// (io/detail/fields_governance.hpp).
#include <string>

#include "commissioning/governance/meeting.hpp"
#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_governance.hpp"
#include "commissioning/io/detail/serialize_core.hpp"

namespace boost::serialization {

namespace gov = commissioning::governance;
using commissioning::io::archive_detail::check_version;

template <class Ar>
void serialize(Ar& ar, gov::AgendaNumber& v, unsigned version) {
  check_version<gov::AgendaNumber>(version);
  std::string s = v.ok() ? to_string(v) : std::string();
  field(ar, "number", s);
  if constexpr (Ar::is_loading::value) v = s.empty() ? gov::AgendaNumber{} : gov::AgendaNumber{s};
}

template <class Ar>
void serialize(Ar& ar, gov::PaperRef& v, unsigned version) {
  check_version<gov::PaperRef>(version);
  enum_field(ar, "kind", v.kind, gov::PaperKind::Presentation);
  field(ar, "enclosure", v.enclosure);
  if constexpr (Ar::is_loading::value)
    if (v.kind == gov::PaperKind::Enclosure) v = gov::parse_paper_ref("Enc. " + v.enclosure);  // checked
}

template <class Ar>
void serialize(Ar& ar, gov::MinuteReference& v, unsigned version) {
  check_version<gov::MinuteReference>(version);
  std::int32_t year = v.year();
  std::uint32_t month = v.month(), serial = v.serial();
  ar& make_nvp("year", year);
  ar& make_nvp("month", month);
  ar& make_nvp("serial", serial);
  if constexpr (Ar::is_loading::value)
    v = serial == 0 && month == 0 && year == 0 ? gov::MinuteReference{} : gov::MinuteReference(year, month, serial);
}

template <class Ar>
void serialize(Ar& ar, gov::Postcode& v, unsigned version) {
  check_version<gov::Postcode>(version);
  std::string s = v.str();
  field(ar, "postcode", s);
  if constexpr (Ar::is_loading::value) v = s.empty() ? gov::Postcode{} : gov::Postcode{s};
}

}  // namespace boost::serialization

BOOST_CLASS_VERSION(commissioning::governance::AgendaNumber, 1)
BOOST_CLASS_VERSION(commissioning::governance::PaperRef, 1)
BOOST_CLASS_VERSION(commissioning::governance::MinuteReference, 1)
BOOST_CLASS_VERSION(commissioning::governance::Postcode, 1)
