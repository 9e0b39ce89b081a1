// The organisation hierarchy and the files around it from Python: ODS epraccur and membership
// files, the hierarchy's dated lookups, populations summarised under it (as of a date, and as
// was / as is over months), Fingertips indicators joined to a population, and the sites of
// practices committee papers describe. Tables come back as pandas DataFrames.
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "bindings.hpp"
#include "document.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/fixtures/site_populations.hpp"
#include "commissioning/io/compressed.hpp"
#include "commissioning/io/csv_population.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/population/aggregate.hpp"
#include "commissioning/population/indicators.hpp"
#include "commissioning/population/site_populations.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning::python {

namespace {

py::module_ pandas() { return py::module_::import("pandas"); }

// Dates as a datetime64[ns] column (NaT where there is none), what pandas users filter on.
py::object date_column(const std::vector<std::optional<Date>>& dates) {
  py::array_t<std::int64_t> days(static_cast<py::ssize_t>(dates.size()));
  auto* out = days.mutable_data();
  for (std::size_t i = 0; i < dates.size(); ++i)
    out[i] = dates[i] && dates[i]->ok() ? dates[i]->days_since_epoch() : std::numeric_limits<std::int64_t>::min();
  return days.attr("view")("datetime64[D]").attr("astype")("datetime64[ns]");
}

// A new NumPy array holding a copy of the values.
template <class T>
py::array_t<T> array_of(const std::vector<T>& values) {
  return py::array_t<T>(static_cast<py::ssize_t>(values.size()), values.data());
}

py::object categorical(const std::vector<std::string>& values) {
  return pandas().attr("Categorical")(py::cast(values));
}

// The C++ enumeration has no spelling of its own; Python spells it as the docs do.
HistoryView history_view(const std::string& view) {
  if (view == "as-was" || view == "as_was") return HistoryView::AsWas;
  if (view == "as-is" || view == "as_is") return HistoryView::AsIs;
  throw ParseError("a history view", view, 0, "expected 'as-was' or 'as-is'");
}

py::object optional_code(const std::optional<OdsCode>& c) {
  return c ? py::object(py::str(std::string(c->str()))) : py::object(py::none());
}

// One row per group: code, practices, patients, and male, female, weighted where present.
py::object groups_frame(const std::vector<GroupTotal>& groups) {
  std::vector<std::string> code;
  std::vector<std::int64_t> practices, patients, male, female;
  std::vector<double> weighted;
  const bool sexes = !groups.empty() && groups.front().male && groups.front().female;
  const bool weights = !groups.empty() && groups.front().weighted;
  for (const auto& g : groups) {
    code.push_back(g.code);
    practices.push_back(static_cast<std::int64_t>(g.practices));
    patients.push_back(static_cast<std::int64_t>(g.patients));
    if (sexes) {
      male.push_back(static_cast<std::int64_t>(g.male.value_or(0)));
      female.push_back(static_cast<std::int64_t>(g.female.value_or(0)));
    }
    if (weights) weighted.push_back(g.weighted.value_or(0));
  }
  py::dict columns;
  columns["code"] = py::cast(code);
  columns["practices"] = array_of(practices);
  columns["patients"] = array_of(patients);
  if (sexes) {
    columns["male"] = array_of(male);
    columns["female"] = array_of(female);
  }
  if (weights) columns["weighted"] = array_of(weighted);
  return pandas().attr("DataFrame")(columns);
}

py::object memberships_frame(const std::vector<Membership>& memberships) {
  std::vector<std::string> child, parent, level;
  std::vector<std::optional<Date>> joined, left;
  for (const auto& m : memberships) {
    child.emplace_back(m.child.str());
    parent.emplace_back(m.parent.str());
    level.emplace_back(to_string(m.parent_level));
    joined.emplace_back(m.joined);
    left.emplace_back(m.left);
  }
  py::dict columns;
  columns["child"] = py::cast(child);
  columns["parent"] = py::cast(parent);
  columns["level"] = categorical(level);
  columns["joined"] = date_column(joined);
  columns["left"] = date_column(left);
  return pandas().attr("DataFrame")(columns);
}

// Files are read with the GIL released: they touch no Python object.
io::LoadOptions options(bool lenient) {
  io::LoadOptions o;
  o.lenient = lenient;
  return o;
}

OrganisationHierarchy read_hierarchies(const std::vector<FilePath>& paths) {
  OrganisationHierarchy h;
  py::gil_scoped_release unlocked;
  for (const auto& p : paths) (void)io::read_hierarchy_file(p.value, h, options(false));
  return h;
}

std::vector<FilePath> path_list(const py::handle& paths) {
  if (py::isinstance<py::str>(paths) || py::isinstance<py::bytes>(paths) ||
      py::isinstance(paths, py::module_::import("os").attr("PathLike")))
    return {paths.cast<FilePath>()};
  std::vector<FilePath> out;
  for (const auto& p : paths) out.push_back(p.cast<FilePath>());
  return out;
}

py::object register_frame(const io::PracticeRegister& r) {
  // The practice's commissioner is its sub-ICB membership (epraccur gives at most one).
  std::unordered_map<OdsCode, const Membership*> commissioner;
  for (const auto& m : r.hierarchy.memberships())
    if (m.parent_level == OrgLevel::SubIcb) commissioner[m.child] = &m;
  std::vector<std::string> code, name, postcode, status, setting, grouping, geography, parent;
  std::vector<std::int64_t> setting_code;
  std::vector<std::optional<Date>> opened, closed, joined, left;
  for (const auto& p : r.practices) {
    code.emplace_back(p.code.str());
    name.push_back(p.name);
    postcode.push_back(p.postcode);
    status.emplace_back(to_string(p.status));
    setting.emplace_back(to_string(p.setting));
    setting_code.push_back(static_cast<std::int64_t>(p.setting));
    grouping.push_back(p.national_grouping);
    geography.push_back(p.health_geography);
    opened.emplace_back(p.opened);
    closed.emplace_back(p.closed);
    const auto it = commissioner.find(p.code);
    const Membership* m = it == commissioner.end() ? nullptr : it->second;
    parent.emplace_back(m ? m->parent.str() : "");
    joined.emplace_back(m ? std::optional<Date>(m->joined) : std::nullopt);
    left.emplace_back(m ? m->left : std::nullopt);
  }
  py::dict columns;
  columns["code"] = py::cast(code);
  columns["name"] = py::cast(name);
  columns["postcode"] = py::cast(postcode);
  columns["status"] = categorical(status);
  columns["opened"] = date_column(opened);
  columns["closed"] = date_column(closed);
  columns["setting"] = categorical(setting);
  columns["setting_code"] = array_of(setting_code);
  columns["national_grouping"] = categorical(grouping);
  columns["health_geography"] = categorical(geography);
  columns["commissioner"] = categorical(parent);
  columns["joined"] = date_column(joined);
  columns["left"] = date_column(left);
  return pandas().attr("DataFrame")(columns);
}

py::object indicators_frame(const IndicatorExport& e) {
  std::vector<std::string> practice, id, name, area, period;
  std::vector<double> value;
  for (const auto& [code, v] : e.practices) {
    practice.emplace_back(code.str());
    id.push_back(v.indicator_id);
    name.push_back(v.indicator_name);
    area.push_back(v.area_name);
    period.push_back(v.period);
    value.push_back(v.value);
  }
  py::dict columns;
  columns["practice"] = py::cast(practice);
  columns["area_name"] = py::cast(area);
  columns["indicator_id"] = categorical(id);
  columns["indicator_name"] = categorical(name);
  columns["period"] = categorical(period);
  columns["value"] = array_of(value);
  return pandas().attr("DataFrame")(columns);
}

py::object join_frame(const PopulationTable& table, const IndicatorJoin& j) {
  std::vector<std::string> practice, side;
  py::list patients;
  std::vector<double> value;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (const auto& r : j.matched) {
    practice.emplace_back(r.practice.str());
    patients.append(r.patients);
    value.push_back(r.value);
    side.emplace_back("both");
  }
  for (const auto& c : j.table_only) {
    practice.emplace_back(c.str());
    patients.append(table.total(*table.find(c)));  // the table has them; the export has no value
    value.push_back(nan);
    side.emplace_back("table_only");
  }
  for (const auto& c : j.indicator_only) {
    practice.emplace_back(c.str());
    patients.append(py::none());
    value.push_back(nan);
    side.emplace_back("indicator_only");
  }
  const auto pd = pandas();
  py::dict columns;
  columns["practice"] = py::cast(practice);
  columns["patients"] = pd.attr("array")(patients, py::arg("dtype") = "Int64");
  columns["value"] = array_of(value);
  columns["side"] = pd.attr("Categorical")(py::cast(side), py::arg("categories") =
                                               py::make_tuple("both", "table_only", "indicator_only"));
  auto frame = pd.attr("DataFrame")(columns);
  frame.attr("attrs")["patient_weighted_mean"] = j.patient_weighted_mean();  // NaN when nothing matched
  return frame;
}

py::object sites_frame(const SiteCoverage& c) {
  std::vector<std::string> site, phase, practice, engagement;
  std::vector<std::int64_t> population;
  for (const auto& s : c.sites)
    for (const auto& p : s.practices) {
      site.push_back(s.name);
      phase.push_back(s.phase);
      practice.push_back(p.name);
      population.push_back(p.population);
      engagement.push_back(p.engagement);
    }
  py::dict columns;
  columns["site"] = categorical(site);
  columns["phase"] = categorical(phase);
  columns["practice"] = py::cast(practice);
  columns["population"] = array_of(population);
  columns["engagement"] = categorical(engagement);
  return pandas().attr("DataFrame")(columns);
}

std::vector<std::string> practice_strings(const PopulationTable& t, const std::string& (PopulationTable::*get)(std::size_t) const) {
  std::vector<std::string> out;
  out.reserve(t.practices());
  for (std::size_t i = 0; i < t.practices(); ++i) out.push_back((t.*get)(i));
  return out;
}

constexpr const char* level_doc =
    "level: 'practice', 'pcn' (or 'locality'), 'ccg' (or 'sub-icb'), 'icb' (or 'stp') or 'region', any case";

}  // namespace

void bind_hierarchy(py::module_& m) {
  bind_document<OrganisationHierarchy>(
      m, "OrganisationHierarchy",
      "Dated memberships child → parent: practice → PCN (or locality) → CCG / sub-ICB location → STP / ICB → NHS "
      "England region, and the successions (mergers) between codes. Dates are inclusive, as ODS writes them; every "
      "lookup is 'as of' a date. Codes are ODS codes as str ('A81001', '00K', 'QHM', 'Y63'). Levels are str: "
      "'practice', 'pcn', 'sub-icb' (a CCG before 1 July 2022), 'icb' (an STP before), 'region'. "
          "Read one with read_hierarchy (epraccur, membership or JSON files); to_pandas() lists the memberships.")
      .def(py::init<>(), "An empty hierarchy (add memberships with add(), or read files with read())")
      .def("__len__", &OrganisationHierarchy::size, "The number of memberships")
      .def("add", [](OrganisationHierarchy& h, const std::string& child, const std::string& parent,
                     const std::string& level, Date joined, std::optional<Date> left) {
        h.add(Membership{OdsCode(child), OdsCode(parent), parse_org_level(level), joined, left});
      }, py::arg("child"), py::arg("parent"), py::arg("level"), py::arg("joined"), py::arg("left") = py::none(),
         "Add a membership: child belongs to parent (at `level`, the parent's level) from `joined` to `left` "
         "(datetime.date, both inclusive; None: still a member). ValueError when it leaves before it joins, when the "
         "parent is not above the child, or when it overlaps the child's other membership at that level")
      .def("merge", [](OrganisationHierarchy& h, const std::vector<std::string>& predecessors,
                       const std::string& successor, const std::string& level, Date effective) {
        std::vector<OdsCode> codes;
        for (const auto& p : predecessors) codes.push_back(OdsCode(p));
        h.merge(codes, OdsCode(successor), parse_org_level(level), effective);
      }, py::arg("predecessors"), py::arg("successor"), py::arg("level"), py::arg("effective"),
         "Merge the predecessors (a list of codes) into the successor at `level` on `effective` (datetime.date): their "
         "memberships end the day before and their children join the successor that day. The successor may be one "
         "of the predecessors (it keeps its code)")
      .def("read", [](OrganisationHierarchy& h, const FilePath& path, bool lenient) {
        // Read into a copy without the GIL (another thread may use `h` meanwhile), then replace
        // `h` with it: a file that is refused leaves `h` as it was.
        OrganisationHierarchy grown = h;
        io::HierarchyLoad load;
        {
          py::gil_scoped_release unlocked;
          load = io::read_hierarchy_file(path.value, grown, options(lenient));
        }
        h = std::move(grown);
        return diagnostics_to_list(load.report);
      }, py::arg("path"), py::arg("lenient") = false,
         "Add the memberships of a file: ODS epraccur, the ODS membership layout or a hierarchy saved as JSON, told "
         "apart from the first bytes ('-' is standard input; .gz and .zip are read directly). Strict: the first bad "
         "row raises InputError with the file and line and the hierarchy is left as it was; lenient: bad rows are "
         "left out and returned as diagnostics. Returns the list of Diagnostic")
      .def("parent", [](const OrganisationHierarchy& h, const std::string& child, const std::string& level, Date as_of) {
        return optional_code(h.parent(OdsCode(child), parse_org_level(level), as_of));
      }, py::arg("child"), py::arg("level"), py::arg("as_of"),
         "The direct parent code of `child` at `level` on `as_of` (datetime.date), or None")
      .def("ancestor", [](const OrganisationHierarchy& h, const std::string& child, const std::string& level, Date as_of) {
        return optional_code(h.ancestor(OdsCode(child), parse_org_level(level), as_of));
      }, py::arg("child"), py::arg("level"), py::arg("as_of"),
         "The ancestor code of `child` at `level` on `as_of` (datetime.date), walking up through intermediate levels "
         "(a practice with no PCN still reaches its CCG); None when it has none that day")
      .def("ancestor_as_is", [](const OrganisationHierarchy& h, const std::string& child, const std::string& level, Date today) {
        return optional_code(h.ancestor_as_is(OdsCode(child), parse_org_level(level), today));
      }, py::arg("child"), py::arg("level"), py::arg("today"),
         "The 'as is' ancestor at `level` on `today`: for a practice that is no longer a member of anything (closed), "
         "the ancestor it had on its last day carried through later mergers to today's code; None when there is none")
      .def("ancestors", [](const OrganisationHierarchy& h, const std::vector<std::string>& children,
                           const std::string& level, Date as_of, bool as_is) {
        const auto l = parse_org_level(level);
        py::list out;  // lookups are quick: the GIL is kept, so no other thread can change `h` meanwhile
        for (const auto& child : children) {
          const auto c = OdsCode(child);
          out.append(optional_code(as_is ? h.ancestor_as_is(c, l, as_of) : h.ancestor(c, l, as_of)));
        }
        return out;
      }, py::arg("children"), py::arg("level"), py::arg("as_of"), py::arg("as_is") = false,
         "ancestor (or ancestor_as_is with as_is=True) for each code of a list: a list of the same length, None where "
         "a code has no ancestor at `level` on `as_of` (e.g. to map a DataFrame column)")
      .def("successor_of", [](const OrganisationHierarchy& h, const std::string& code, Date as_of) {
        return std::string(h.successor_of(OdsCode(code), as_of).str());
      }, py::arg("code"), py::arg("as_of"),
         "The code that stands for `code` on `as_of` after the mergers up to that date (the code itself when none)")
      .def("children", [](const OrganisationHierarchy& h, const std::string& parent, Date as_of) {
        std::vector<std::string> out;
        for (const auto& c : h.children(OdsCode(parent), as_of)) out.emplace_back(c.str());
        return out;
      }, py::arg("parent"), py::arg("as_of"),
         "The codes with a membership of `parent` active on `as_of` (datetime.date), sorted")
      .def("to_pandas", [](const OrganisationHierarchy& h) { return memberships_frame(h.memberships()); },
           "The memberships, one row each: child, parent (str codes), level (categorical: the parent's level), joined "
           "and left (datetime64[ns], inclusive; left is NaT while still a member)")
      .def("successions_to_pandas", [](const OrganisationHierarchy& h) {
        std::vector<std::string> predecessor, successor;
        std::vector<std::optional<Date>> effective;
        for (const auto& s : h.successions()) {
          predecessor.emplace_back(s.predecessor.str());
          successor.emplace_back(s.successor.str());
          effective.emplace_back(s.effective);
        }
        py::dict columns;
        columns["predecessor"] = py::cast(predecessor);
        columns["successor"] = py::cast(successor);
        columns["effective"] = date_column(effective);
        return pandas().attr("DataFrame")(columns);
      }, "The successions (mergers), one row each: predecessor, successor (str codes) and effective (datetime64[ns], "
         "the first day of the successor)");

  m.def("level_name", [](const std::string& level, Date as_of) { return std::string(level_name(parse_org_level(level), as_of)); },
        py::arg("level"), py::arg("as_of"),
        "What a level was called on a date: 'CCG' before 1 July 2022 and 'sub-ICB location' from it; 'STP' then "
        "'ICB'. level as for OrganisationHierarchy ('sub-icb', 'icb', …)");

  m.def("read_hierarchy", [](const py::object& paths) { return read_hierarchies(path_list(paths)); },
        py::arg("paths"),
        "Read an OrganisationHierarchy from one file or a list of files (combined): ODS epraccur, the ODS membership "
        "layout (practice,parent,parent type,join date,left date) or a hierarchy saved as JSON, each told apart from "
        "its first bytes. Paths are str, bytes or os.PathLike; .gz and .zip are read directly. The first bad row "
        "raises InputError naming the file and line (use OrganisationHierarchy.read(path, lenient=True) for "
        "diagnostics instead)");

  m.def("read_memberships", [](const FilePath& path, bool lenient) {
    OrganisationHierarchy h;
    ValidationReport report;
    {
      py::gil_scoped_release unlocked;
      io::InputFile in(path.value);
      report = io::read_memberships(in, in.name(), h, options(lenient));
    }
    return py::make_tuple(std::move(h), diagnostics_to_list(report));
  }, py::arg("path"), py::arg("lenient") = false,
        "Read the ODS practice membership layout: practice code, parent code, parent type (PCN, LOCALITY, CCG, "
        "SUB_ICB, STP, ICB, REGION), join date, left date (YYYYMMDD or ISO; left may be empty), header optional. "
        "Returns (OrganisationHierarchy, diagnostics); strict mode raises InputError at the first bad row");

  py::class_<io::PracticeRegister>(m, "PracticeRegister",
                                   "The ODS practice register (epraccur) as read: practices with their postcodes, "
                                   "status, dates and prescribing setting, and each practice's dated commissioner "
                                   "membership as an OrganisationHierarchy")
      .def("__len__", [](const io::PracticeRegister& r) { return r.practices.size(); }, "The number of practices")
      .def_property_readonly("codes", [](const io::PracticeRegister& r) {
        std::vector<std::string> out;
        for (const auto& p : r.practices) out.emplace_back(p.code.str());
        return out;
      }, "The practice codes, in file order (list of str)")
      .def_property_readonly("postcodes", [](const io::PracticeRegister& r) {
        std::vector<std::string> out;
        for (const auto& p : r.practices) out.push_back(p.postcode);
        return out;
      }, "The practices' postcodes as published ('TS18 1HU'), in file order (list of str)")
      .def_property_readonly("hierarchy", [](const io::PracticeRegister& r) { return r.hierarchy; },
                             "The practice → commissioner (CCG, or Welsh health board) memberships with their dates "
                             "(a copy, an OrganisationHierarchy)")
      .def_property_readonly("diagnostics", [](const io::PracticeRegister& r) { return diagnostics_to_list(r.report); },
                             "Findings: rows left out in lenient mode, and practice rule findings (a closed practice "
                             "with no close date …), each naming file:line (list of Diagnostic)")
      .def("practice", [](const io::PracticeRegister& r, const std::string& code) {
        const auto c = OdsCode(code);
        for (const auto& p : r.practices)
          if (p.code == c) return json_to_python(io::Json(p));
        throw py::key_error("no practice " + code + " in this register");
      }, py::arg("code"),
         "One practice as a dict in the documented JSON format (code, name, postcode, status, setting, opened, "
         "closed); KeyError when the register has no such code")
      .def("to_pandas", &register_frame,
           "One row per practice: code, name, postcode (str), status (categorical: active, closed, dormant, "
           "proposed), opened, closed (datetime64[ns], NaT when absent), setting (categorical: 'GP practice', "
           "'prison' …) and setting_code (int64, the ODS number: 4 a GP practice), national_grouping (the NHS England "
           "region code, 'Y63') and health_geography ('Q74'), commissioner (the CCG / sub-ICB code, '' when none) with "
           "the membership's joined and left (datetime64[ns])");

  m.def("read_epraccur", [](const FilePath& path, bool lenient) {
    py::gil_scoped_release unlocked;
    return io::read_epraccur_file(path.value, lenient);
  }, py::arg("path"), py::arg("lenient") = false,
        "Read the ODS epraccur file (no header, 27 quoted fields a row) into a PracticeRegister. Path: str, bytes or "
        "os.PathLike ('-' is standard input; .gz and .zip are read directly). Strict: the first bad row raises "
        "InputError with the file and line; lenient: bad rows are left out and listed in .diagnostics");

  py::class_<IndicatorExport>(m, "IndicatorExport",
                              "One Fingertips indicator for one period, per practice: the 'GP' rows of an indicator "
                              "export keyed by practice code (read with read_fingertips)")
      .def("__len__", [](const IndicatorExport& e) { return e.practices.size(); }, "The number of practices")
      .def_property_readonly("other_area_rows", [](const IndicatorExport& e) { return e.other_area_rows; },
                             "Rows of other area types (England, CCG …) that were counted, not kept (int)")
      .def("value", [](const IndicatorExport& e, const std::string& code) {
        const auto it = e.practices.find(OdsCode(code));
        if (it == e.practices.end()) throw py::key_error("no practice " + code + " in this export");
        return it->second.value;
      }, py::arg("code"), "The indicator's value for one practice (float); KeyError when the export has none")
      .def("to_pandas", &indicators_frame,
           "One row per practice, sorted by code: practice, area_name (the practice name Fingertips gives), "
           "indicator_id, indicator_name, period (categoricals) and value (float64, in the indicator's own unit)");

  m.def("read_fingertips", [](const FilePath& path) {
    py::gil_scoped_release unlocked;
    io::InputFile in(path.value);
    return io::read_fingertips(in, in.name());
  }, py::arg("path"),
        "Read a Fingertips indicator export (CSV with 'Indicator ID', 'Area Code', 'Area Type', 'Time period', "
        "'Value' … columns): keeps the Area Type 'GP' rows, one per practice. Path: str, bytes or os.PathLike (.gz "
        "and .zip read directly). A bad row raises InputError naming the file, line and column");

  m.def("join_indicator", [](const PopulationTable& table, const IndicatorExport& indicators) {
    IndicatorJoin j;
    {
      py::gil_scoped_release unlocked;
      j = join_indicator(table, indicators);
    }
    return join_frame(table, j);
  }, py::arg("table"), py::arg("indicators"),
        "Join an indicator to a population by practice code. A DataFrame: practice (str), patients (Int64: the "
        "practice's registered patients, <NA> for practices only in the export), value (float64, NaN for practices "
        "only in the table) and side (categorical: 'both', 'table_only', 'indicator_only'); matched rows first in "
        "table order, then the table's unmatched practices, then the export's (each sorted by code). "
        "attrs['patient_weighted_mean'] is Σ value × patients / Σ patients over the matched practices (NaN when "
        "none match)");

  m.def("aggregate_series", [](const py::object& months, const OrganisationHierarchy& hierarchy, const std::string& level,
                               const std::string& view, std::optional<Date> today) {
    const auto items = py::isinstance<py::dict>(months) ? py::list(months.attr("items")()) : py::list(months);
    std::vector<std::pair<Date, gsl::not_null<const PopulationTable*>>> pairs;
    for (const auto& item : items) {
      const auto pair = item.cast<py::tuple>();
      if (pair.size() != 2) throw py::value_error("each month is a (datetime.date, PopulationTable) pair");
      pairs.emplace_back(pair[0].cast<Date>(), &pair[1].cast<const PopulationTable&>());  // kept alive by `items`
    }
    const auto v = history_view(view);
    Date on = today.value_or(Date{});  // default: the latest month
    for (const auto& p : pairs)
      if (!today && (!on.ok() || on < p.first)) on = p.first;
    if (!on.ok()) throw py::value_error("no months: give at least one (date, PopulationTable) pair");
    const auto l = parse_org_level(level);
    const OrganisationHierarchy fixed = hierarchy;  // another thread may change the Python object meanwhile
    std::vector<SeriesPoint> series;
    {
      py::gil_scoped_release unlocked;
      series = aggregate_series(pairs, fixed, l, v, on);
    }
    std::vector<std::optional<Date>> month;
    std::vector<std::string> group;
    std::vector<std::int64_t> practices, patients;
    for (const auto& p : series) {
      month.emplace_back(p.month);
      group.push_back(p.group);
      practices.push_back(static_cast<std::int64_t>(p.practices));
      patients.push_back(static_cast<std::int64_t>(p.patients));
    }
    py::dict columns;
    columns["month"] = date_column(month);
    columns["group"] = categorical(group);
    columns["practices"] = array_of(practices);
    columns["patients"] = array_of(patients);
    return pandas().attr("DataFrame")(columns);
  }, py::arg("months"), py::arg("hierarchy"), py::arg("level"), py::arg("view") = "as-was", py::arg("today") = py::none(),
        (std::string("A time series of populations under the hierarchy. months: a dict {datetime.date: PopulationTable} "
                     "or a list of (date, table) pairs. view 'as-was' groups each month under the parents it had that "
                     "month; 'as-is' restates every month under the parents on `today` (default: the latest month), "
                     "closed practices under their last parent's successor. ") + level_doc +
         ". A DataFrame sorted by month then group: month (datetime64[ns]), group (categorical: the code, "
         "'unmapped' for practices the hierarchy has no parent for), practices and patients (int64)").c_str());

  // The PopulationTable class is bound in bind_population.cpp; these add what the hierarchy
  // gives it, and the ONS codes and postcodes its reader already keeps.
  py::class_<PopulationTable>(py::type::of<PopulationTable>())
      .def_property_readonly("postcodes", [](const PopulationTable& t) { return practice_strings(t, &PopulationTable::postcode); },
                             "Each practice's postcode as the file gives it ('NE65 7UW'; '' when absent), in table "
                             "order (list of str)")
      .def_property_readonly("ons_commissioners",
                             [](const PopulationTable& t) { return practice_strings(t, &PopulationTable::ons_commissioner); },
                             "Each practice's commissioner as an ONS code ('E38000130', from ONS_CCG_CODE or "
                             "ONS_SUB_ICB_LOCATION_CODE; '' when the file has none), in table order (list of str)")
      .def("summarise_by", [](const PopulationTable& t, const OrganisationHierarchy& h, const std::string& level,
                              std::optional<Date> as_of, bool as_is, const AgeSexWeights* weights, bool normalise) {
        const auto l = parse_org_level(level);
        const Date on = as_of.value_or(t.extract_date);
        if (!on.ok()) throw py::value_error("the table has no extract date: give as_of");
        const OrganisationHierarchy fixed = h;  // another thread may change the Python object meanwhile
        std::vector<GroupTotal> groups;
        {
          py::gil_scoped_release unlocked;
          std::vector<double> w;
          if (weights) w = weighted_population(t, *weights, normalise);
          groups = summarise(t, fixed, l, on, as_is, w);
        }
        return groups_frame(groups);
      }, py::arg("hierarchy"), py::arg("level"), py::arg("as_of") = py::none(), py::arg("as_is") = false,
         py::arg("weights") = nullptr, py::arg("normalise") = false,
         (std::string("Patients grouped by each practice's ancestor in `hierarchy` at `level` on `as_of` (datetime.date; "
                      "default: the table's extract date); as_is=True uses ancestor_as_is. ") + level_doc +
          ". A DataFrame sorted by code: code ('unmapped' for practices with no ancestor that day), practices, "
          "patients (int64), male and female (int64, where the table has both sexes), weighted (float64, Σ count × "
          "weight, with weights)").c_str());

  bind_document<SiteCoverage>(m, "SiteCoverage",
                              "Populations as committee papers write them: sites of practices named, not coded, each "
                              "practice with its registered population, and the totals the prose states (with "
                              "verbatim text and evidence)")
      .def("validate", [](const SiteCoverage& c) {
        ValidationReport r;
        rules::check(c, "", r);
        return diagnostics_to_list(r);
      }, "Check each stated total against its practices (population.site.* rules); paths are JSON Pointers into "
         "to_dict(). Returns a list of Diagnostic")
      .def("to_pandas", &sites_frame,
           "One row per practice: site, phase (categoricals), practice (the name as written), population (int64, "
           "registered patients) and engagement (categorical, as written: 'Yes', 'To be developed')");
}

void bind_hierarchy_fixtures(py::module_& f) {
  f.def("social_prescribing_sites", &fixtures::social_prescribing_sites,
        "Seed 000's social prescribing sites (L1050–1086): 20 practices in 8 sites, 140,411 patients, with the "
        "totals the paper states (a SiteCoverage; validate() finds its three real discrepancies)");
}

}  // namespace commissioning::python
