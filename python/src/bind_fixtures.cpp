// Fixtures for Python test authors.
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "commissioning/fixtures/seed_spellings.hpp"

namespace commissioning::python {

namespace {
py::list spellings(std::span<const fixtures::SeedSpelling> list) {
  py::list out;
  for (const auto& s : list) out.append(py::make_tuple(std::string(s.text), std::string(s.source)));
  return out;
}
}  // namespace

void bind_fixtures(py::module_& f) {
  f.def("seed_money_spellings", [] { return spellings(fixtures::seed_money_spellings()); },
        "(text, source) pairs of money as the seed documents write it");
  f.def("seed_date_spellings", [] { return spellings(fixtures::seed_date_spellings()); },
        "(text, source) pairs of dates as the seed documents write them");
  f.def("seed_time_spellings", [] { return spellings(fixtures::seed_time_spellings()); },
        "(text, source) pairs of times of day as the seed documents write them");
  f.def("seed_period_spellings", [] { return spellings(fixtures::seed_period_spellings()); },
        "(text, source) pairs of financial periods (years, months, quarters) as the seed documents write them");
}

}  // namespace commissioning::python
