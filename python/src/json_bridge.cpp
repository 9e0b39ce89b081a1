#include "document.hpp"

namespace commissioning::python {

py::object json_to_python(const io::Json& j) { return py::module_::import("json").attr("loads")(j.dump()); }

io::Json python_to_json(const py::handle& o) {
  if (!py::isinstance<py::dict>(o)) throw py::type_error("expected a dict in the documented JSON format");
  // A dict is input like a file: what cannot be a document is an InputError, not whatever
  // exception the conversion happened to raise (RecursionError, a cast error, ...).
  py::object text;
  try {
    text = py::module_::import("json").attr("dumps")(o, py::arg("ensure_ascii") = false, py::arg("allow_nan") = false);
  } catch (py::error_already_set& e) {
    if (e.matches(PyExc_RecursionError))
      throw InputError("<dict>", 0, "", "the dict nests too deeply to be a document (documents nest at most 64 levels)");
    if (e.matches(PyExc_ValueError))  // a circular reference, NaN or an infinity
      throw InputError("<dict>", 0, "", std::string("not a document: ") + e.what());
    throw;  // TypeError for a value JSON cannot hold (a set, a date) stays a TypeError
  }
  std::string utf8;
  try {
    utf8 = text.cast<std::string>();
  } catch (const py::cast_error&) {
    PyErr_Clear();
    throw InputError("<dict>", 0, "", "a string in the dict is not valid Unicode text (a lone surrogate such as '\\udc80')");
  }
  return io::parse_json(utf8, "<dict>");
}

}  // namespace commissioning::python
