#pragma once
// Conversions between library value types and the Python types analysts expect: dates are
// datetime.date, money is decimal.Decimal (pounds, exact), never float.
#include <pybind11/pybind11.h>

#include <datetime.h>

#include "commissioning/core/date.hpp"
#include "commissioning/core/money.hpp"

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

}  // namespace pybind11::detail
