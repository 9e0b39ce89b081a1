// Risk registers and programme reports from Python.
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "document.hpp"
#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/fixtures/programme_seeds.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
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
      }, py::arg("as_of") = py::none())
      .def("heat_map", [](const RiskRegister& r) {
        const auto h = heat_map(r);
        py::list rows;  // rows[impact-1][probability-1]
        for (const auto& row : h.cells) rows.append(py::cast(std::vector<int>(row.begin(), row.end())));
        return py::dict(py::arg("cells") = rows, py::arg("score_only") = h.score_only, py::arg("unscored") = h.unscored);
      }, "Open risks per cell, cells[impact-1][probability-1]; score-only risks counted by score beside it");

  bind_document<Programme>(m, "Programme", "A programme's workstreams, highlight reports, milestones, targets and assurance")
      .def("validate", [](const Programme& p, std::optional<Date> as_of) {
        rules::ProgrammeCheckOptions options;
        options.as_of = as_of;
        return diagnostics_to_list(rules::validate(p, options));
      }, py::arg("as_of") = py::none());
}

void bind_risk_fixtures(py::module_& f) {
  f.def("staffordshire_gpfv_risks", &fixtures::staffordshire_gpfv_risks,
        "The Extended Access and Workforce risks of the June 2018 GPFV highlight report (score only, as printed)");
  f.def("staffordshire_gpfv_june_2018", &fixtures::staffordshire_gpfv_june_2018);
  f.def("dorset_programme", &fixtures::dorset_programme);
  f.def("wolverhampton_programme", &fixtures::wolverhampton_programme);
}

}  // namespace commissioning::python
