// Registered populations from Python: NHS Digital files into a column-wise table whose counts
// are int64 NumPy arrays (copies of the uint32 columns, so arithmetic cannot wrap), a tidy
// pandas DataFrame, summaries by practice / CCG / England, capitation weighting and per-head
// allocation on a stated basis.
#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "document.hpp"
#include "population_input.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/population/aggregate.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning::python {

namespace {

// A column as a new int64 array. The table stores uint32, but a uint32 array wraps silently
// under subtraction (a month-on-month fall of 1,667 became 4294965629), so Python gets int64;
// the copy is 8 bytes a practice.
py::array_t<std::int64_t> counts(std::span<const std::uint32_t> column) {
  py::array_t<std::int64_t> a(static_cast<py::ssize_t>(column.size()));
  std::copy(column.begin(), column.end(), a.mutable_data());
  return a;
}

// NHS Digital publishes single-year-of-age data as one file per sex, so a table may hold
// only male or only female: asking it for a sex it does not hold is a KeyError that says so.
Sex held_sex(const PopulationTable& t, const std::string& name) {
  const auto s = parse_sex(name);
  if (t.has(s) || (s == Sex::Persons && t.has_male_female())) return s;
  std::string held;
  for (auto x : t.sexes()) held += (held.empty() ? "" : ", ") + std::string(to_string(x));
  throw py::key_error("this table holds no " + std::string(to_string(s)) + " counts (it holds " + held + ")");
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

// A categorical of one text per practice, repeated `times` (to_pandas() rows are practice-minor):
// codes into the sorted distinct texts.
py::object per_practice_categorical(const PopulationTable& t, std::string_view (*text)(const PopulationTable&, std::size_t),
                                    py::ssize_t times) {
  std::map<std::string_view, std::int32_t> index;
  for (std::size_t i = 0; i < t.practices(); ++i) index.emplace(text(t, i), 0);
  std::vector<std::string> names;
  for (auto& [value, at] : index) {
    at = static_cast<std::int32_t>(names.size());
    names.emplace_back(value);
  }
  py::array_t<std::int32_t> codes(static_cast<py::ssize_t>(t.practices()));
  for (std::size_t i = 0; i < t.practices(); ++i) codes.mutable_data()[i] = index.at(text(t, i));
  const auto np = py::module_::import("numpy");
  return py::module_::import("pandas").attr("Categorical").attr("from_codes")(np.attr("tile")(codes, times), names);
}

// Pickled as its JSON, read back by the same function as a file (io::read_population: the
// checked constructor and the population rules), so a tampered state is an InputError.
py::tuple table_state(const PopulationTable& t) { return py::make_tuple(io::Json(t).dump()); }
PopulationTable table_from_state(const py::tuple& state) {
  if (state.size() != 1 || !py::isinstance<py::str>(state[0]))
    throw py::value_error("not the state of a pickled PopulationTable (expected one JSON text)");
  Py_ssize_t size = 0;
  const char* utf8 = PyUnicode_AsUTF8AndSize(state[0].ptr(), &size);
  if (utf8 == nullptr) throw py::error_already_set();  // UnicodeEncodeError (a ValueError): lone surrogates
  const std::string text(utf8, static_cast<std::size_t>(size));
  py::gil_scoped_release unlocked;
  io::StringSource in(text);
  return io::read_population(in, "<pickle>").table;
}

}  // namespace

void bind_population(py::module_& m) {
  py::class_<AgeSexWeights>(m, "AgeSexWeights", "Capitation weights by sex and age band, labelled with their source")
      .def_static("load", &read_weights_input, py::arg("path"),
                  "Read the documented weights format (docs/population.md) from a path or a binary file-like object "
                  "(open(p, 'rb'), io.BytesIO, gzip.open(p)); gzip and zip are read as they are from a path")
      .def_static("from_text", [](const std::string& text) { return io::read_weights(text); }, py::arg("text"),
                  "Read the documented weights format from text (a '# source:' line, then sex,ages,weight rows)")
      .def_property_readonly("source", &AgeSexWeights::source, "Where the weights come from, as the file states (str)")
      .def("weight", [](const AgeSexWeights& w, const std::string& sex, int age) { return w.weight(parse_sex(sex), age); },
           py::arg("sex"), py::arg("age"),
           "The weight (float) for sex ('male', 'female' or 'persons') at age (int years, 0 … 95; 95 is 95 and over)")
      .def("to_text", &io::write_weights, "The documented weights format as text (from_text reads it back)");

  py::class_<PopulationTable>(m, "PopulationTable",
                              "Registered patients by practice × sex × age, column-wise; counts come out as int64 NumPy arrays (copies)")
      .def_property_readonly("practices", &PopulationTable::practices, "The number of practices (rows of every column)")
      .def_property_readonly("ages", [](const PopulationTable& t) { return std::string(to_string(t.ages())); },
                             "The age resolution: 'single-year' (0 … 94, 95+), 'quinary' (0-4 … 90-94, 95+) or 'total' (none)")
      .def_property_readonly("sexes", [](const PopulationTable& t) {
        std::vector<std::string> s;
        for (auto x : t.sexes()) s.emplace_back(to_string(x));
        return s;
      }, "The sexes the table holds, in column order: 'male', 'female', 'persons' (a single-sex file holds one)")
      .def_property_readonly("age_labels", [](const PopulationTable& t) {
        std::vector<std::string> labels;
        for (int b = 0; b < t.bins(); ++b) labels.push_back(age_label(t.ages(), b));
        return labels;
      }, "The age bins' labels as NHS Digital spells them: '0' … '94', '95+'; '0_4' … '90_94', '95+'; [] for totals only. "
         "These are what column(sex, age) takes as age")
      .def_property_readonly("codes", [](const PopulationTable& t) { return codes_of(t, false); },
                             "The practice codes in table order (list of str)")
      .def_property_readonly("commissioners", [](const PopulationTable& t) { return codes_of(t, true); },
                             "Each practice's CCG / sub-ICB location code as the file gives it ('' when none), in table order")
      .def_property_readonly("extract_date", [](const PopulationTable& t) { return t.extract_date; },
                             "The file's extract date (datetime.date; None when it has none)")
      .def_property_readonly("publication", [](const PopulationTable& t) { return t.publication; },
                             "The file's PUBLICATION ('GP_PRAC_PAT_LIST'); empty where it had none")
      .def_property_readonly("sub_icb_columns", [](const PopulationTable& t) { return t.sub_icb_columns; },
                             "Whether the file named its commissioners SUB_ICB_LOCATION_CODE rather than CCG_CODE")
      .def(py::self == py::self)
      .def(py::pickle(&table_state, &table_from_state))
      .def("__copy__", [](const PopulationTable& t) { return PopulationTable(t); }, "An independent copy (copy.copy)")
      .def("__deepcopy__", [](const PopulationTable& t, const py::dict&) { return PopulationTable(t); }, py::arg("memo"),
           "An independent copy (copy.deepcopy): a table holds no Python objects")
      .def_static("from_arrays", [](const py::object& practice, const py::object& ccg, const py::object& sex,
                                    const py::object& age, const py::object& patients, const py::object& ons_ccg,
                                    const py::object& postcode, const std::string& publication, const Date& extract_date,
                                    bool sub_icb_columns, const std::string& source) {
        return table_from_arrays({practice, ccg, ons_ccg, postcode, sex, age, patients, publication, extract_date,
                                  sub_icb_columns, source});
      }, py::arg("practice"), py::arg("ccg"), py::arg("sex"), py::arg("age"), py::arg("patients"), py::kw_only(),
         py::arg("ons_ccg") = py::none(), py::arg("postcode") = py::none(), py::arg("publication") = "",
         py::arg("extract_date") = py::none(), py::arg("sub_icb_columns") = false, py::arg("source") = "<arrays>",
         "A table from one value per row in each column, the rows of to_pandas() in any order: practice codes, "
         "CCG codes (None: no commissioner), sexes and age labels (text, or pandas categoricals), patients "
         "(integers). Checked as the registrations file reader checks a file (it reads these rows): a refused row "
         "raises InputError with `row` (0-based) and `field` (the column), under the rule the reader names")
      .def_static("from_pandas", &table_from_pandas, py::arg("frame"), py::kw_only(), py::arg("source") = "<DataFrame>",
                  "A table from a DataFrame shaped as to_pandas() gives it (practice, ccg, ons_ccg, postcode, sex, age, "
                  "age_from, patients; ccg, ons_ccg and postcode may be left out, age_from is implied by age and not "
                  "read; frame.attrs give publication, extract_date and sub_icb_columns). Checked as from_arrays; "
                  "from_pandas(t.to_pandas()) == t")
      .def("totals", [](const PopulationTable& t, const std::optional<std::string>& sex) {
        py::array_t<std::int64_t> out(static_cast<py::ssize_t>(t.practices()));
        auto* dst = out.mutable_data();
        if (!sex) {
          for (std::size_t i = 0; i < t.practices(); ++i) dst[i] = static_cast<std::int64_t>(t.total(i));
          return out;
        }
        const auto s = held_sex(t, *sex);
        for (std::size_t i = 0; i < t.practices(); ++i) dst[i] = static_cast<std::int64_t>(t.total(i, s));
        return out;
      }, py::arg("sex") = py::none(),
         "Registered patients per practice (a new int64 array). With no sex: every patient the table holds (its "
         "persons column, male + female, or the one sex of a single-sex file); with 'male', 'female' or 'persons': "
         "that sex, KeyError if the table does not hold it")
      .def("column", [](const PopulationTable& t, const std::string& sex, const std::string& age) {
        const auto s = held_sex(t, sex);
        const int b = bin_of(t, age);
        if (t.has(s)) return counts(t.column(s, b));
        auto out = counts(t.column(Sex::Male, b));  // persons of a male/female table
        const auto female = t.column(Sex::Female, b);
        auto* dst = out.mutable_data();
        for (std::size_t i = 0; i < female.size(); ++i) dst[i] += female[i];
        return out;
      }, py::arg("sex"), py::arg("age"), "One (sex, age bin) column over practices, as a new int64 array of shape (practices,). sex: 'male', "
         "'female' or 'persons'; age: one of age_labels ('37', '95+', '0_4'); KeyError otherwise")
      .def("total", [](const PopulationTable& t, const std::optional<std::string>& sex) {
        return sex ? t.total(held_sex(t, *sex)) : t.total();
      }, py::arg("sex") = py::none(),
         "Registered patients over all practices (int); sex as for totals(), None for every patient the table holds")
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
      .def("to_pandas", [](const PopulationTable& t) {
        // Tidy: one row per practice × sex × age bin (per practice × sex for totals-only
        // tables), sex-major then age then practice. The repeated strings are categoricals
        // (codes into one list of categories), which is what keeps a single-age England table
        // small; age is ordered so that it sorts 0, 1, …, 95+ rather than as text.
        const auto np = py::module_::import("numpy");
        const auto pd = py::module_::import("pandas");
        const auto n = static_cast<py::ssize_t>(t.practices());
        const auto sexes = static_cast<py::ssize_t>(t.sexes().size());
        const py::ssize_t bins = t.bins() == 0 ? 1 : t.bins();
        const auto categorical = pd.attr("Categorical").attr("from_codes");

        std::vector<std::string> labels;
        py::list first_years;  // the first year of each bin; None (<NA>) for ALL
        if (t.bins() == 0) {
          labels.emplace_back("ALL");
          first_years.append(py::none());
        }
        for (int b = 0; b < t.bins(); ++b) {
          labels.push_back(age_label(t.ages(), b));
          first_years.append(parse_age_band(labels.back()).first);
        }
        std::vector<std::string> sex_names;
        for (auto x : t.sexes()) sex_names.emplace_back(to_string(x));

        const auto per_practice = np.attr("arange")(n, py::arg("dtype") = "int32");
        const auto age_codes = np.attr("tile")(np.attr("repeat")(np.attr("arange")(bins, py::arg("dtype") = "int16"), n), sexes);
        py::list patients;
        for (auto s : t.sexes()) {
          if (t.bins() == 0) patients.append(counts(t.totals_column(s)));
          for (int b = 0; b < t.bins(); ++b) patients.append(counts(t.column(s, b)));
        }
        py::dict columns;
        columns["practice"] = categorical(np.attr("tile")(per_practice, sexes * bins), codes_of(t, false));
        columns["ccg"] = per_practice_categorical(
            t, [](const PopulationTable& x, std::size_t i) { return std::string_view(x.commissioner(i).str()); }, sexes * bins);
        columns["ons_ccg"] = per_practice_categorical(
            t, [](const PopulationTable& x, std::size_t i) { return std::string_view(x.ons_commissioner(i)); }, sexes * bins);
        columns["postcode"] = per_practice_categorical(
            t, [](const PopulationTable& x, std::size_t i) { return std::string_view(x.postcode(i)); }, sexes * bins);
        columns["sex"] = categorical(np.attr("repeat")(np.attr("arange")(sexes, py::arg("dtype") = "int8"), n * bins),
                                     sex_names);
        columns["age"] = categorical(age_codes, labels, py::arg("ordered") = true);
        columns["age_from"] = pd.attr("array")(py::list(first_years), py::arg("dtype") = "Int64").attr("take")(age_codes);
        columns["patients"] = np.attr("concatenate")(patients);
        auto frame = pd.attr("DataFrame")(columns);
        // What the table says beyond its rows, for from_pandas() to give back.
        frame.attr("attrs") = py::dict(py::arg("publication") = t.publication, py::arg("extract_date") = t.extract_date,
                                       py::arg("sub_icb_columns") = t.sub_icb_columns);
        return frame;
      }, "A tidy DataFrame, one row per practice × sex × age bin: practice, ccg, ons_ccg, postcode, sex (categoricals), age (an "
         "ordered categorical of the bin labels: '0' … '94', '95+'; '0_4' … '90_94', '95+'; or 'ALL'), age_from (Int64, the "
         "first year of the bin: 95 for '95+', <NA> for 'ALL') and patients (int64); attrs hold the table's publication, "
         "extract_date and sub_icb_columns. PopulationTable.from_pandas reads it back");

  m.def("read_registrations", [](const FileOrStream& path) { return read_population_input(path, false).table; },
        py::arg("path"),
        "Read an NHS Digital 'Patients Registered at a GP Practice' CSV (layout detected from the header) or a "
        "PopulationTable saved as JSON (told apart by the library from the first bytes; '-' is standard input), "
        "gzip or zip as they are, from a path or a binary file-like object (open(p, 'rb'), io.BytesIO, "
        "gzip.open(p); errors name it by its .name, else <stream>). The first bad row raises InputError naming "
        "the file, the line and the rule (rule_id).");
  m.def("read_registrations_lenient", [](const FileOrStream& path) {
    auto l = read_population_input(path, true);
    return py::make_tuple(std::move(l.table), diagnostics_to_list(l.report));
  }, py::arg("path"), "As read_registrations, but bad rows become diagnostics (each naming its line): (table, diagnostics)");
}

}  // namespace commissioning::python
