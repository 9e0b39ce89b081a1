// Risk registers and programme reports from Python.
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "document.hpp"
#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/fixtures/programme_seeds.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
#include "commissioning/io/svg_risk.hpp"
#include "commissioning/programme/rules.hpp"
#include "commissioning/risk/register.hpp"
#include "commissioning/risk/rules.hpp"

namespace commissioning::python {

void bind_risk(py::module_& m) {
  bind_document<RiskRegister>(m, "RiskRegister", "Scored risks with owners, controls, status and history")
      .def("validate", [](const RiskRegister& r, std::optional<Date> as_of) {
        rules::RiskCheckOptions options;
        options.as_of = as_of;
        return diagnostics_to_list(rules::validate(r, options));
      }, py::arg("as_of") = py::none(),
         "Every finding of the risk rules (list of Diagnostic); as_of (datetime.date): the day the date checks "
         "are made on (default: the register's own as_of)")
      .def("heat_map", [](const RiskRegister& r) {
        const auto h = heat_map(r);
        py::list rows;  // rows[impact-1][probability-1]
        for (const auto& row : h.cells) rows.append(py::cast(std::vector<int>(row.begin(), row.end())));
        return py::dict(py::arg("cells") = rows, py::arg("score_only") = h.score_only, py::arg("unscored") = h.unscored);
      }, "Open risks per cell, cells[impact-1][probability-1]; score-only risks counted by score beside it")
      .def("heat_map_svg", &io::heat_map_svg,
           "The 5×5 heat map of open risks as an SVG document (str): cells coloured by the register's banding, each "
           "showing how many risks sit there; risks scored only as a product listed beside the matrix")
      .def("heat_map_text", &io::heat_map_text, "The same heat map as plain text for a terminal (str)");

  bind_document<Programme>(m, "Programme", "A programme's workstreams, highlight reports, milestones, targets and assurance")
      .def("validate", [](const Programme& p, std::optional<Date> as_of) {
        rules::ProgrammeCheckOptions options;
        options.as_of = as_of;
        return diagnostics_to_list(rules::validate(p, options));
      }, py::arg("as_of") = py::none(),
         "Every finding of the programme rules (list of Diagnostic); as_of (datetime.date): the day the date "
         "checks are made on (default: the programme's own as_of)");
}

void bind_risk_fixtures(py::module_& f) {
  f.def("staffordshire_gpfv_risks", &fixtures::staffordshire_gpfv_risks,
        "The Extended Access and Workforce risks of the June 2018 GPFV highlight report (score only, as printed)");
  f.def("staffordshire_gpfv_june_2018", &fixtures::staffordshire_gpfv_june_2018,
        "The Staffordshire GP Forward View programme as its June 2018 highlight report states it (a Programme)");
  f.def("dorset_programme", &fixtures::dorset_programme,
        "NHS Dorset CCG's GP Forward View programme from seed 004: the assurance, dated milestones and the access "
        "targets (a Programme)");
  f.def("wolverhampton_programme", &fixtures::wolverhampton_programme,
        "Wolverhampton CCG's GP Forward View programme from seed 001 (23 May 2017) (a Programme)");
}

}  // namespace commissioning::python
