#pragma once
#include <pybind11/pybind11.h>

#include "casters.hpp"  // every binding file must see the same conversions

namespace commissioning::python {
namespace py = pybind11;
// Each area binds itself; module.cpp calls them in order.
void bind_core(py::module_& m);
void bind_fixtures(py::module_& fixtures);
void bind_governance(py::module_& m);
void bind_governance_fixtures(py::module_& fixtures);
void bind_finance(py::module_& m);
void bind_finance_fixtures(py::module_& fixtures);
void bind_risk(py::module_& m);
void bind_risk_fixtures(py::module_& fixtures);
void bind_population(py::module_& m);
// After bind_population: adds to PopulationTable.
void bind_hierarchy(py::module_& m);
void bind_hierarchy_fixtures(py::module_& fixtures);
}  // namespace commissioning::python
