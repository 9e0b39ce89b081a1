#include "document.hpp"

namespace commissioning::python {

py::object json_to_python(const io::Json& j) { return py::module_::import("json").attr("loads")(j.dump()); }

io::Json python_to_json(const py::handle& o) {
  if (!py::isinstance<py::dict>(o)) throw py::type_error("expected a dict in the documented JSON format");
  const auto text = py::module_::import("json").attr("dumps")(o, py::arg("ensure_ascii") = false).cast<std::string>();
  return io::parse_json(text, "<dict>");
}

}  // namespace commissioning::python
