// Governance from Python: read a meeting pack, validate it, check quoracy per committee.
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "document.hpp"
#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/governance/quoracy.hpp"
#include "commissioning/governance/rules.hpp"
#include "commissioning/io/json_governance.hpp"

namespace commissioning::python {

namespace {
py::dict quorum_dict(const governance::QuorumResult& r) {
  py::list counted, excluded;
  for (const auto& i : r.counted) counted.append(std::string(i.str()));
  for (const auto& i : r.excluded) excluded.append(std::string(i.str()));
  return py::dict(py::arg("quorate") = r.quorate, py::arg("counted") = counted, py::arg("excluded") = excluded,
                  py::arg("shortfalls") = r.shortfalls);
}
}  // namespace

void bind_governance(py::module_& m) {
  using governance::MeetingPack;
  bind_document<MeetingPack>(m, "MeetingPack",
                             "Organisations, committees, members, meetings and the action log of a committee pack")
      .def_property_readonly("title", [](const MeetingPack& p) { return p.title; }, "The pack's title (str)")
      .def_property_readonly("meeting_dates", [](const MeetingPack& p) {
        std::vector<Date> dates;
        for (const auto& mt : p.meetings) dates.push_back(mt.date.date);
        return dates;
      }, "The date of each meeting, in pack order (list of datetime.date; the index is quoracy()'s meeting)")
      .def("validate", [](const MeetingPack& p) { return diagnostics_to_list(governance::validate(p)); },
           "Every finding of the governance rules, as Diagnostic objects")
      .def("quoracy", [](const MeetingPack& p, std::size_t meeting) {
        if (meeting >= p.meetings.size()) throw py::index_error("no meeting at that index");
        py::list out;
        for (const auto& cq : governance::evaluate_quoracy(p, p.meetings[meeting])) {
          py::dict items;
          for (const auto& it : cq.items) items[py::str(to_string(it.item))] = quorum_dict(it.result);
          auto d = quorum_dict(cq.meeting);
          d["committee"] = cq.committee;
          d["items"] = items;
          out.append(d);
        }
        return out;
      }, py::arg("meeting") = 0,
         "Quoracy per committee of a meeting: before declarations and per agenda item after them");
}

void bind_governance_fixtures(py::module_& f) {
  f.def("pccc_pack_2018", &fixtures::pccc_pack_2018,
        "The North Staffordshire and Stoke-on-Trent PCCCs' pack: 5 June 2018 minutes (meeting 0) and the 3 July 2018 agenda (meeting 1)");
}

}  // namespace commissioning::python
