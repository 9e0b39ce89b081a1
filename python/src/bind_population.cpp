// Registered populations from Python: NHS Digital files into a column-wise table whose counts
// are NumPy arrays viewing the C++ memory (no copy), a tidy pandas DataFrame, summaries by
// practice / CCG / England, capitation weighting and per-head allocation on a stated basis.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <fmt/format.h>

#include <cstdint>
#include <stdexcept>

#include "bindings.hpp"
#include "document.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/population/aggregate.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning::python {

namespace {

// A read-only NumPy view of a column that lives as long as the Python table object.
py::array_t<std::uint32_t> view(std::span<const std::uint32_t> column, const py::object& owner) {
  py::array_t<std::uint32_t> a({static_cast<py::ssize_t>(column.size())}, {static_cast<py::ssize_t>(sizeof(std::uint32_t))},
                               column.data(), owner);
  py::detail::array_proxy(a.ptr())->flags &= ~py::detail::npy_api::NPY_ARRAY_WRITEABLE_;
  return a;
}

int bin_of(const PopulationTable& t, const std::string& age) {
  for (int b = 0; b < t.bins(); ++b)
    if (age_label(t.ages(), b) == age) return b;
  throw py::key_error("no age bin '" + age + "' in this table (ages are " + std::string(to_string(t.ages())) + ")");
}

std::vector<std::string> codes_of(const PopulationTable& t, bool commissioner) {
  std::vector<std::string> out;
  out.reserve(t.practices());
  for (std::size_t i = 0; i < t.practices(); ++i)
    out.emplace_back(commissioner ? t.commissioner(i).str() : t.code(i).str());
  return out;
}

py::list summary_rows(const std::vector<GroupTotal>& groups) {
  py::list rows;
  for (const auto& g : groups) {
    py::dict d(py::arg("code") = g.code, py::arg("practices") = g.practices, py::arg("patients") = g.patients);
    if (g.male) d["male"] = *g.male;
    if (g.female) d["female"] = *g.female;
    if (g.weighted) d["weighted"] = *g.weighted;
    rows.append(d);
  }
  return rows;
}

io::RegistrationsLoad load(const std::string& path, bool lenient) {
  io::RegistrationsOptions options;
  options.lenient = lenient;
  return io::read_population_file(path, options);  // a registrations CSV or a JSON table, sniffed by the library
}

}  // namespace

void bind_population(py::module_& m) {
  py::class_<AgeSexWeights>(m, "AgeSexWeights", "Capitation weights by sex and age band, labelled with their source")
      .def_static("load", &io::read_weights_file, py::arg("path"), "Read the documented weights format (docs/population.md)")
      .def_static("from_text", [](const std::string& text) { return io::read_weights(text); }, py::arg("text"))
      .def_property_readonly("source", &AgeSexWeights::source)
      .def("weight", [](const AgeSexWeights& w, const std::string& sex, int age) { return w.weight(parse_sex(sex), age); },
           py::arg("sex"), py::arg("age"))
      .def("to_text", &io::write_weights);

  py::class_<PopulationTable>(m, "PopulationTable",
                              "Registered patients by practice × sex × age, column-wise; counts are NumPy views")
      .def_property_readonly("practices", &PopulationTable::practices)
      .def_property_readonly("ages", [](const PopulationTable& t) { return std::string(to_string(t.ages())); })
      .def_property_readonly("sexes", [](const PopulationTable& t) {
        std::vector<std::string> s;
        for (auto x : t.sexes()) s.emplace_back(to_string(x));
        return s;
      })
      .def_property_readonly("age_labels", [](const PopulationTable& t) {
        std::vector<std::string> labels;
        for (int b = 0; b < t.bins(); ++b) labels.push_back(age_label(t.ages(), b));
        return labels;
      })
      .def_property_readonly("codes", [](const PopulationTable& t) { return codes_of(t, false); })
      .def_property_readonly("commissioners", [](const PopulationTable& t) { return codes_of(t, true); })
      .def_property_readonly("extract_date", [](const PopulationTable& t) { return t.extract_date; })
      .def("totals", [](const py::object& self, const std::string& sex) -> py::array_t<std::uint32_t> {
        const auto& t = self.cast<const PopulationTable&>();
        const auto s = parse_sex(sex);
        if (t.has(s) || s != Sex::Persons) return view(t.totals_column(s), self);
        // A male/female table has no persons column: add the two (a new array).
        const auto male = t.totals_column(Sex::Male);
        const auto female = t.totals_column(Sex::Female);
        py::array_t<std::uint32_t> out(static_cast<py::ssize_t>(male.size()));
        auto* dst = out.mutable_data();
        for (std::size_t i = 0; i < male.size(); ++i) {
          const std::uint64_t sum = std::uint64_t{male[i]} + female[i];  // never wraps at 2^32
          if (sum > UINT32_MAX)
            throw std::overflow_error(fmt::format("practice {} has {} patients, more than a uint32 column holds",
                                                  t.code(i).str(), sum));
          dst[i] = static_cast<std::uint32_t>(sum);
        }
        return out;
      }, py::arg("sex") = "persons",
         "Registered patients per practice for one sex: a read-only uint32 view of the table's column (no copy); "
         "persons of a male/female table is computed as a new array")
      .def("column", [](const py::object& self, const std::string& sex, const std::string& age) {
        const auto& t = self.cast<const PopulationTable&>();
        return view(t.column(parse_sex(sex), bin_of(t, age)), self);
      }, py::arg("sex"), py::arg("age"), "One (sex, age bin) column over practices, as a read-only uint32 view (no copy)")
      .def("total", [](const PopulationTable& t, const std::optional<std::string>& sex) {
        return sex ? t.total(parse_sex(*sex)) : t.total();
      }, py::arg("sex") = py::none())
      .def("summarise", [](const PopulationTable& t, const std::string& by, const AgeSexWeights* weights, bool normalise) {
        std::vector<double> w;
        if (weights) w = weighted_population(t, *weights, normalise);
        return summary_rows(summarise(t, parse_group_by(by), w));
      }, py::arg("by") = "ccg", py::arg("weights") = nullptr, py::arg("normalise") = false,
         "Rows of code, practices, patients (male, female where the table has sexes; weighted with weights)")
      .def("weighted", [](const PopulationTable& t, const AgeSexWeights& w, bool normalise) {
        const auto v = weighted_population(t, w, normalise);
        return py::array_t<double>(static_cast<py::ssize_t>(v.size()), v.data());
      }, py::arg("weights"), py::arg("normalise") = false, "Σ count × weight per practice (a new float64 array)")
      .def("to_pandas", [](const py::object& self) {
        // Tidy: one row per practice × sex × age bin (or per practice × sex for totals-only
        // tables). Built with NumPy from the column views.
        const auto& t = self.cast<const PopulationTable&>();
        const auto np = py::module_::import("numpy");
        const auto pd = py::module_::import("pandas");
        const py::ssize_t n = static_cast<py::ssize_t>(t.practices());
        const auto codes = np.attr("array")(codes_of(t, false), py::arg("dtype") = "object");
        const auto ccgs = np.attr("array")(codes_of(t, true), py::arg("dtype") = "object");
        py::list practice, ccg, sex, age, patients;
        for (auto s : t.sexes()) {
          const auto sex_name = py::str(std::string(to_string(s)));
          if (t.bins() == 0) {
            practice.append(codes);
            ccg.append(ccgs);
            sex.append(np.attr("full")(n, sex_name, py::arg("dtype") = "object"));
            age.append(np.attr("full")(n, "ALL", py::arg("dtype") = "object"));
            patients.append(view(t.totals_column(s), self));
            continue;
          }
          for (int b = 0; b < t.bins(); ++b) {
            practice.append(codes);
            ccg.append(ccgs);
            sex.append(np.attr("full")(n, sex_name, py::arg("dtype") = "object"));
            age.append(np.attr("full")(n, age_label(t.ages(), b), py::arg("dtype") = "object"));
            patients.append(view(t.column(s, b), self));
          }
        }
        py::dict columns;
        columns["practice"] = np.attr("concatenate")(practice);
        columns["ccg"] = np.attr("concatenate")(ccg);
        columns["sex"] = np.attr("concatenate")(sex);
        columns["age"] = np.attr("concatenate")(age);
        columns["patients"] = np.attr("concatenate")(patients).attr("astype")("int64");
        return pd.attr("DataFrame")(columns);
      }, "A tidy DataFrame: practice, ccg, sex, age, patients");

  m.def("read_registrations", [](const std::string& path) { return load(path, false).table; }, py::arg("path"),
        "Read an NHS Digital 'Patients Registered at a GP Practice' CSV (layout detected from the header) or a "
        "PopulationTable saved as JSON (told apart by the library from the first bytes; '-' is standard input). "
        "The first bad row raises InputError naming the file, the line and the rule (rule_id).");
  m.def("read_registrations_lenient", [](const std::string& path) {
    auto l = load(path, true);
    return py::make_tuple(std::move(l.table), diagnostics_to_list(l.report));
  }, py::arg("path"), "As read_registrations, but bad rows become diagnostics (each naming its line): (table, diagnostics)");
}

}  // namespace commissioning::python
