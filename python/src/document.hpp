#pragma once
// Binds a JSON-serializable document type as a Python class with the same surface in every
// area: from_dict / from_json / load, to_dict / to_json / save, Boost archives as bytes,
// equality and a repr. Nested entities are reached through to_dict(), so Python sees exactly
// the documented JSON format.
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>

#include <fmt/format.h>

#include "casters.hpp"  // every binding file must see the same conversions
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/io/archive.hpp"
#include "commissioning/io/json.hpp"

namespace commissioning::python {

namespace py = pybind11;

py::list diagnostics_to_list(const ValidationReport& report);
py::object json_to_python(const io::Json& j);
io::Json python_to_json(const py::handle& o);

template <class T>
T document_from_json(const io::Json& j, const std::string& source) {
  return io::from_json_value<T>(j, source);  // errors name the source and the JSON Pointer
}

template <class T>
py::class_<T> bind_document(py::module_& m, const char* name, const char* doc) {
  py::class_<T> c(m, name, doc);
  c.def_static("from_dict", [](const py::handle& d) { return document_from_json<T>(python_to_json(d), "<dict>"); },
               py::arg("data"), "Build from a dict in the documented JSON format")
      .def_static("from_json", [](const std::string& text, const std::string& source) {
        return document_from_json<T>(io::parse_json(text, source), source);
      }, py::arg("text"), py::arg("source") = "<json>",
                  "Build from JSON text in the documented format; errors (InputError) name `source` and the JSON "
                  "Pointer of the bad value")
      .def_static("load", [](const FilePath& path) {
        io::Json j;
        {
          py::gil_scoped_release unlocked;  // the read touches no Python object
          j = io::read_json_file(path.value);
        }
        return document_from_json<T>(j, path.value);
      },
                  py::arg("path"), "Read a JSON file; errors name the file and the JSON path")
      .def("to_dict", [](const T& v) { return json_to_python(io::Json(v)); },
           "A dict in the documented JSON format (dates as ISO text, money as text in pounds)")
      .def("to_json", [](const T& v, int indent) { return io::Json(v).dump(indent); }, py::arg("indent") = 2,
           "The documented JSON format as text, indented by `indent` spaces (-1: one line)")
      .def("save", [](const T& v, const FilePath& path) { io::write_text_file(path.value, io::Json(v).dump(2) + "\n"); },
           py::arg("path"), "Write JSON atomically (temporary file, then rename)")
      .def("save_archive", [](const T& v, const std::string& format) {
        return py::bytes(io::save_archive(v, io::parse_archive_format(format)));
      }, py::arg("format") = "binary", "A Boost archive: 'text', 'xml' or 'binary'")
      .def_static("load_archive", [](const py::bytes& data, const std::string& format) {
        return io::load_archive<T>(std::string_view(data), io::parse_archive_format(format), "<bytes>");
      }, py::arg("data"), py::arg("format") = "binary",
         "Read a Boost archive (bytes) written by save_archive in the same format: 'text', 'xml' or 'binary'")
      .def(py::self == py::self)
      // Pickled as the documented JSON, read back through the same checked loader as from_json.
      .def(py::pickle([](const T& v) { return py::make_tuple(io::Json(v).dump()); },
                      [](const py::tuple& t) {
                        return document_from_json<T>(io::parse_json(t[0].cast<std::string>(), "<pickle>"), "<pickle>");
                      }))
      .def("__copy__", [](const T& v) { return T(v); })
      .def("__deepcopy__", [](const T& v, const py::dict&) { return T(v); }, py::arg("memo"))
      .def("__repr__", [name](const T& v) {
        auto text = io::Json(v).dump();
        if (text.size() > 120) text = text.substr(0, 117) + "...";
        return fmt::format("{}({})", name, text);
      });
  return c;
}

}  // namespace commissioning::python
