#pragma once
#include <pybind11/pybind11.h>

#include <optional>
#include <string>

#include "casters.hpp"  // every binding file must see the same conversions
#include "commissioning/io/findings.hpp"

namespace commissioning::python {
namespace py = pybind11;

// A refusal of a row of arrays or a DataFrame (PopulationTable.from_arrays / from_pandas): a
// LoadError under the rule the file reader would name, at the row (0-based, as iloc counts; none
// for the frame as a whole) and the frame's column. Python sees InputError with `row` set.
class RowError : public io::LoadError {
 public:
  RowError(std::string rule_id, std::string source, std::optional<std::size_t> row, std::string column,
           const std::string& reason)
      : io::LoadError(std::move(rule_id), std::move(source), 0, std::move(column),
                      row ? "row " + std::to_string(*row) + ": " + reason : reason),
        row_{row} {}
  std::optional<std::size_t> row() const noexcept { return row_; }

 private:
  std::optional<std::size_t> row_;
};

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
