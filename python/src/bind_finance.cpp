// Finance from Python: budget reports (JSON or CSV), rounding-aware reconciliation, funding.
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "document.hpp"
#include "commissioning/finance/funding.hpp"
#include "commissioning/finance/reconciliation.hpp"
#include "commissioning/fixtures/finance_seed.hpp"
#include "commissioning/io/csv_finance.hpp"
#include "commissioning/io/json_finance.hpp"

namespace commissioning::python {

namespace {
py::dict reconciliation_dict(const finance::Reconciliation& r) {
  py::list checks;
  for (const auto& c : r.checks)
    checks.append(py::dict(py::arg("rule_id") = c.rule_id, py::arg("path") = c.path, py::arg("where") = c.where,
                           py::arg("stated") = c.stated, py::arg("expected") = c.expected, py::arg("drift") = c.drift(),
                           py::arg("tolerance") = c.tolerance, py::arg("within_tolerance") = c.within_tolerance()));
  py::object largest = py::none();
  if (const auto* l = r.largest_drift()) largest = py::dict(py::arg("where") = l->where, py::arg("drift") = l->drift());
  return py::dict(py::arg("checks") = checks, py::arg("diagnostics") = diagnostics_to_list(r.report),
                  py::arg("exact") = r.exact_count(), py::arg("within_tolerance") = r.within_tolerance_count(),
                  py::arg("outside_tolerance") = r.outside_tolerance_count(), py::arg("largest_drift") = largest);
}

finance::ReconciliationPolicy policy(unsigned steps) { return finance::ReconciliationPolicy{steps}; }
}  // namespace

void bind_finance(py::module_& m) {
  using finance::BudgetReport;
  bind_document<BudgetReport>(m, "BudgetReport",
                              "A month's budget report: sections of lines with YTD and forecast figures, in the table's unit")
      .def_static("from_csv", [](const std::string& text, const std::string& source) {
        return finance::budget_report_from_csv(text, source);
      }, py::arg("text"), py::arg("source") = "<csv>", "Read the documented CSV layout (docs/finance.md)")
      .def("to_csv", &finance::budget_report_to_csv, "The documented CSV layout as text (from_csv reads it back)")
      .def("reconcile", [](const BudgetReport& r, unsigned tolerance_steps) {
        return reconciliation_dict(finance::reconcile(r, policy(tolerance_steps)));
      }, py::arg("tolerance_steps") = 1,
         "Recompute every derived figure; tolerance_steps=0 allows no rounding drift at all. The same dict as "
         "Allocation.reconcile: checks, diagnostics, exact, within_tolerance, outside_tolerance, largest_drift");

  bind_document<finance::Allocation>(m, "Allocation", "An organisation's funding streams")
      .def("reconcile", [](const finance::Allocation& a, unsigned steps) { return reconciliation_dict(finance::reconcile(a, policy(steps))); },
           py::arg("tolerance_steps") = 1,
           "Check the streams add up to the stated totals, allowing tolerance_steps of the printed rounding (0: none). "
           "A dict: checks (list of dicts: rule_id, path, where, stated, expected, drift, tolerance, within_tolerance; "
           "money as Decimal pounds), diagnostics, exact, within_tolerance, outside_tolerance (int counts) and "
           "largest_drift ({'where', 'drift'} or None)");

  m.def("per_head_allocation", [](const std::string& rate, std::int64_t population, const std::string& basis) {
    return finance::per_head_funding(parse_per_head_rate(rate),
                                     finance::PopulationFigure(population, finance::parse_population_basis(basis)));
  }, py::arg("rate"), py::arg("population"), py::arg("basis") = "raw",
     "Money for a population on a stated basis ('raw', 'weighted', 'ons') at a rate such as '£3.34 a head'");
}

void bind_finance_fixtures(py::module_& f) {
  f.def("seed000_month2_appendices", &fixtures::seed000_month2_appendices,
        "The four month-2 budget appendices of the 3 July 2018 pack, as printed");
  f.def("seed003_luton_funding_streams", &fixtures::seed003_luton_funding_streams,
        "Luton CCG's funding streams from seed 003, as printed (an Allocation)");
}

}  // namespace commissioning::python
