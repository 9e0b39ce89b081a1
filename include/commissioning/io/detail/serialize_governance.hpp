#pragma once
// Non-intrusive Boost.Serialization of the governance entities. Values with invariants
// (agenda numbers, minute references, postcodes) travel as text or parts and are rebuilt
// through their checked constructors on load.
#include <string>
#include <vector>

#include "commissioning/governance/meeting.hpp"
#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_governance.hpp"
#include "commissioning/io/detail/serialize_core.hpp"

namespace commissioning::io::archive_detail {

// A vector of enumerators, each range-checked on load.
template <class Ar, class E>
void enum_vector_field(Ar& ar, const char* name, std::vector<E>& v, E last) {
  std::vector<std::int32_t> raw;
  if constexpr (Ar::is_saving::value)
    for (auto e : v) raw.push_back(static_cast<std::int32_t>(e));
  field(ar, name, raw);
  if constexpr (Ar::is_loading::value) {
    v.clear();
    for (auto r : raw) {
      if (r < 0 || r > static_cast<std::int32_t>(last)) throw std::runtime_error(std::string("archive holds an unknown value for ") + name);
      v.push_back(static_cast<E>(r));
    }
  }
}

}  // namespace commissioning::io::archive_detail

namespace boost::serialization {

namespace gov = commissioning::governance;
using commissioning::io::archive_detail::check_version;
using commissioning::io::archive_detail::enum_vector_field;

template <class Ar>
void serialize(Ar& ar, gov::Attendance& v, unsigned version) {
  check_version<gov::Attendance>(version);
  field(ar, "person", v.person);
  enum_field(ar, "status", v.status, gov::AttendanceStatus::NotInPost);
  field(ar, "mark", v.mark);
}

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
void serialize(Ar& ar, gov::AgendaItem& v, unsigned version) {
  check_version<gov::AgendaItem>(version);
  field(ar, "number", v.number);
  field(ar, "title", v.title);
  field(ar, "papers", v.papers);
  field(ar, "to_follow", v.to_follow);
  enum_vector_field(ar, "purposes", v.purposes, gov::Purpose::ToNote);
  field(ar, "presenter", v.presenter);
  field(ar, "start", v.start);
  field(ar, "duration_minutes", v.duration_minutes);
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
void serialize(Ar& ar, gov::Action& v, unsigned version) {
  check_version<gov::Action>(version);
  field(ar, "meeting_date", v.meeting_date);
  field(ar, "reference", v.reference);
  field(ar, "agenda_item", v.agenda_item);
  field(ar, "text", v.text);
  field(ar, "owners", v.owners);
  field(ar, "responsible_officer", v.responsible_officer);
  field(ar, "due", v.due);
  field(ar, "outcome", v.outcome);
  enum_field(ar, "status", v.status, gov::ActionStatus::Complete);
  field(ar, "next_agenda_item", v.next_agenda_item);
}

template <class Ar>
void serialize(Ar& ar, gov::Postcode& v, unsigned version) {
  check_version<gov::Postcode>(version);
  std::string s = v.str();
  field(ar, "postcode", s);
  if constexpr (Ar::is_loading::value) v = s.empty() ? gov::Postcode{} : gov::Postcode{s};
}

}  // namespace boost::serialization

BOOST_CLASS_VERSION(commissioning::governance::Attendance, 1)
BOOST_CLASS_VERSION(commissioning::governance::AgendaNumber, 1)
BOOST_CLASS_VERSION(commissioning::governance::PaperRef, 1)
BOOST_CLASS_VERSION(commissioning::governance::AgendaItem, 1)
BOOST_CLASS_VERSION(commissioning::governance::MinuteReference, 1)
BOOST_CLASS_VERSION(commissioning::governance::Action, 1)
BOOST_CLASS_VERSION(commissioning::governance::Postcode, 1)
