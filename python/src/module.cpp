#include <pybind11/numpy.h>
#include "bindings.hpp"

#include "commissioning/core/parse_error.hpp"
#include "commissioning/io/findings.hpp"
#include "commissioning/version.hpp"

PYBIND11_MODULE(_core, m) {
  namespace py = pybind11;
  m.doc() = "NHS primary-care commissioning: typed values, validation and serialization";
  m.attr("__version__") = std::string(commissioning::version);
  m.attr("build_type") = std::string(COMMISSIONING_PYTHON_BUILD_TYPE);
  // NumPy's C API is looked up once, behind a C++ static guard, on first use. Done lazily, a
  // thread holding the GIL waits on that guard while the thread inside it waits for the GIL
  // to finish importing numpy: two threads' first summarise_by deadlocked (independent trial).
  // Look it up now, while importing this module, on one thread.
  (void)pybind11::array_t<std::int64_t>(0);
#ifdef __OPTIMIZE__
  m.attr("optimised") = true;  // what the compiler did, whatever the build type was called
#else
  m.attr("optimised") = false;
#endif

  // Errors keep the C++ messages, and expose the location as attributes.
  static py::exception<commissioning::ParseError> parse_error(m, "ParseError", PyExc_ValueError);
  static py::exception<commissioning::InputError> input_error(m, "InputError", PyExc_ValueError);
  parse_error.attr("__doc__") =
      "Text that is not a value (a ValueError): kind (what was expected: 'a date'), input (the text), position "
      "(the offset in input where reading stopped) and reason";
  input_error.attr("__doc__") =
      "A file or document that cannot be read (a ValueError): source (the file, '<dict>', '<json>' …), line "
      "(1-based; 0 when not a line), field (the column or JSON Pointer), reason, and rule_id (the rule a loader "
      "refused it under, or None)";
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const commissioning::ParseError& e) {
      py::object err = py::handle(parse_error.ptr())(py::str(e.what()));
      err.attr("kind") = e.kind();
      // The text that was read may not be UTF-8: its bad bytes show as \xNN, never a second error.
      err.attr("input") = py::reinterpret_steal<py::object>(
          PyUnicode_DecodeUTF8(e.input().data(), static_cast<Py_ssize_t>(e.input().size()), "backslashreplace"));
      err.attr("position") = e.position();
      err.attr("reason") = e.reason();
      PyErr_SetObject(parse_error.ptr(), err.ptr());
    } catch (const commissioning::InputError& e) {
      py::object err = py::handle(input_error.ptr())(py::str(e.what()));
      // A file name as os.fsdecode gives it (bytes that are not UTF-8 kept as surrogates), so
      // it still opens the same file; the message itself is already valid UTF-8.
      err.attr("source") = py::reinterpret_steal<py::object>(
          PyUnicode_DecodeFSDefaultAndSize(e.source().data(), static_cast<Py_ssize_t>(e.source().size())));
      err.attr("line") = e.line();
      err.attr("field") = e.field();
      err.attr("reason") = e.reason();
      // The rule a loader reports a refusal under ("core.input.document", "population.row.count"…).
      const auto* load = dynamic_cast<const commissioning::io::LoadError*>(&e);
      err.attr("rule_id") = load != nullptr ? py::object(py::str(load->rule_id())) : py::object(py::none());
      // The row of arrays or a DataFrame it concerns (PopulationTable.from_pandas); None for a file.
      const auto* row = dynamic_cast<const commissioning::python::RowError*>(&e);
      err.attr("row") = row != nullptr && row->row() ? py::object(py::int_(*row->row())) : py::object(py::none());
      PyErr_SetObject(input_error.ptr(), err.ptr());
    }
  });

  using namespace commissioning::python;
  bind_core(m);
  bind_governance(m);
  bind_finance(m);
  bind_risk(m);
  bind_population(m);
  bind_hierarchy(m);
  auto fixtures = m.def_submodule("fixtures", "Objects built from the seed committee papers");
  bind_fixtures(fixtures);
  bind_governance_fixtures(fixtures);
  bind_finance_fixtures(fixtures);
  bind_risk_fixtures(fixtures);
  bind_hierarchy_fixtures(fixtures);
}
