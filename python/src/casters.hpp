#pragma once
// Conversions between library value types and the Python types analysts expect: dates are
// datetime.date, money is decimal.Decimal (pounds, exact), never float.
#include <pybind11/pybind11.h>

#include <datetime.h>

#include <initializer_list>
#include <string>
#include <utility>

#include "commissioning/core/date.hpp"
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/money.hpp"
#include "commissioning/core/rag.hpp"
#include "commissioning/core/reported_amount.hpp"

namespace commissioning::python {

// A path argument: see its caster below.
struct FilePath {
  std::string value;
};

// A path, or a binary file-like object (anything with a `read` method: open(p, "rb"),
// io.BytesIO, gzip.open(p)) for readers that take either.
struct FileOrStream {
  std::string path;           // when stream is None
  pybind11::object stream;    // the file-like object, or None
};

// The Python class of a C++ enumeration. pybind11 2.10's py::enum_ makes an object that is not
// an enum.Enum (no iteration, no isinstance, a different .name), so the enumerations are real
// enum.Enum classes made by bind_enum() and converted by the caster below.
template <class E>
pybind11::handle& enum_class() {
  static pybind11::handle cls;  // set once at import, kept for the life of the process
  return cls;
}

// Members are NAME = the C++ value; str() is the spelling the formats use (to_string(E)).
template <class E>
pybind11::object bind_enum(pybind11::module_& m, const char* name, const char* doc,
                           std::initializer_list<std::pair<const char*, E>> members) {
  namespace py = pybind11;
  py::list pairs;
  for (const auto& [member, value] : members) pairs.append(py::make_tuple(member, static_cast<int>(value)));
  // module= makes pickle find the class as commissioning.<name>.
  py::object cls = py::module_::import("enum").attr("Enum")(name, pairs, py::arg("module") = "commissioning",
                                                             py::arg("qualname") = name);
  cls.attr("__doc__") = doc;
  cls.attr("__str__") = py::cpp_function(
      [](const py::object& self) { return std::string(to_string(static_cast<E>(self.attr("value").cast<int>()))); },
      py::is_method(cls), py::name("__str__"));
  m.attr(name) = cls;
  enum_class<E>() = cls.inc_ref();
  return cls;
}

}  // namespace commissioning::python

namespace pybind11::detail {

template <>
struct type_caster<commissioning::Date> {
  PYBIND11_TYPE_CASTER(commissioning::Date, const_name("datetime.date"));

  bool load(handle src, bool) {
    if (!PyDateTimeAPI) PyDateTime_IMPORT;
    if (src.is_none()) {
      value = commissioning::Date{};
      return true;
    }
    if (!src || !PyDate_Check(src.ptr())) return false;
    const auto d = commissioning::Date::make(PyDateTime_GET_YEAR(src.ptr()),
                                             static_cast<unsigned>(PyDateTime_GET_MONTH(src.ptr())),
                                             static_cast<unsigned>(PyDateTime_GET_DAY(src.ptr())));
    if (!d) return false;
    value = *d;
    return true;
  }

  static handle cast(const commissioning::Date& d, return_value_policy, handle) {
    if (!PyDateTimeAPI) PyDateTime_IMPORT;
    if (!d.ok()) return none().release();
    return PyDate_FromDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
  }
};

template <>
struct type_caster<commissioning::Money> {
  PYBIND11_TYPE_CASTER(commissioning::Money, const_name("decimal.Decimal"));

  // Accepts Decimal, int (pounds) or a string the money parser reads ("£1,427k"). Floats are
  // refused: they cannot hold pence exactly.
  bool load(handle src, bool) {
    if (!src || PyFloat_Check(src.ptr())) return false;
    if (PyLong_Check(src.ptr())) {
      int overflow = 0;
      const long long pounds = PyLong_AsLongLongAndOverflow(src.ptr(), &overflow);
      if (overflow != 0) throw value_error("money out of range");
      value = commissioning::Money::from_pounds(pounds);
      return true;
    }
    const auto decimal = module_::import("decimal").attr("Decimal");
    if (isinstance(src, decimal)) {
      const object pence = src.attr("scaleb")(2);
      if (!pence.attr("is_finite")().cast<bool>() || !pence.equal(pence.attr("to_integral_value")()))
        throw value_error("money has fractions of a penny: " + str(src).cast<std::string>());
      int overflow = 0;
      const object whole = module_::import("builtins").attr("int")(pence);
      const long long p = PyLong_AsLongLongAndOverflow(whole.ptr(), &overflow);
      if (overflow != 0) throw value_error("money out of range");
      value = commissioning::Money::from_pence(p);
      return true;
    }
    if (PyUnicode_Check(src.ptr())) {
      value = commissioning::parse_money(src.cast<std::string>());
      return true;
    }
    return false;
  }

  static handle cast(const commissioning::Money& m, return_value_policy, handle) {
    const auto decimal = module_::import("decimal").attr("Decimal");
    return decimal(m.pence()).attr("scaleb")(-2).release();
  }
};

// A file name as Python users hold one: str, bytes or any os.PathLike (pathlib.Path), decoded
// by os.fsdecode as Python's own open() would.
template <>
struct type_caster<commissioning::python::FilePath> {
  PYBIND11_TYPE_CASTER(commissioning::python::FilePath, const_name("os.PathLike"));

  bool load(handle src, bool) {
    if (!src) return false;
    const auto os = module_::import("os");
    if (!isinstance<str>(src) && !isinstance<bytes>(src) && !isinstance(src, os.attr("PathLike"))) return false;
    // The file system's bytes, as open(2) wants them: fsdecode would give a str with lone
    // surrogates for a name that is not UTF-8 (b"\xff.json"), which cannot become a std::string.
    value.value = os.attr("fsencode")(src).cast<std::string>();
    return true;
  }

  static handle cast(const commissioning::python::FilePath& p, return_value_policy, handle) {
    return str(p.value).release();
  }
};

template <>
struct type_caster<commissioning::python::FileOrStream> {
  PYBIND11_TYPE_CASTER(commissioning::python::FileOrStream, const_name("os.PathLike | typing.BinaryIO"));

  bool load(handle src, bool convert) {
    if (!src) return false;
    make_caster<commissioning::python::FilePath> path;
    if (path.load(src, convert)) {
      value.path = cast_op<commissioning::python::FilePath&>(path).value;
      value.stream = none();
      return true;
    }
    if (!hasattr(src, "read")) return false;
    value.stream = reinterpret_borrow<object>(src);
    return true;
  }

  static handle cast(const commissioning::python::FileOrStream& f, return_value_policy, handle) {
    if (!f.stream.is_none()) return f.stream.inc_ref();
    return str(f.path).release();
  }
};

// Accepts only members of the bound enum.Enum class (an int or a spelling is refused, as
// py::enum_ refused them).
template <class E>
struct python_enum_caster {
  PYBIND11_TYPE_CASTER(E, const_name("enum.Enum"));

  bool load(handle src, bool) {
    const handle cls = commissioning::python::enum_class<E>();
    if (!src || !cls || !isinstance(src, cls)) return false;
    value = static_cast<E>(src.attr("value").template cast<int>());
    return true;
  }

  static handle cast(E e, return_value_policy, handle) {
    return commissioning::python::enum_class<E>()(static_cast<int>(e)).release();
  }
};

template <>
struct type_caster<commissioning::Severity> : python_enum_caster<commissioning::Severity> {
  static constexpr auto name = const_name("Severity");
};
template <>
struct type_caster<commissioning::MoneyUnit> : python_enum_caster<commissioning::MoneyUnit> {
  static constexpr auto name = const_name("MoneyUnit");
};
template <>
struct type_caster<commissioning::Rag> : python_enum_caster<commissioning::Rag> {
  static constexpr auto name = const_name("Rag");
};

}  // namespace pybind11::detail
