#pragma once
#include <pybind11/pybind11.h>

namespace commissioning::python {
namespace py = pybind11;
// Each area binds itself; module.cpp calls them in order.
void bind_core(py::module_& m);
void bind_fixtures(py::module_& fixtures);
}  // namespace commissioning::python
