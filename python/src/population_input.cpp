// Population input from Python objects: binary file-like objects, and columns of arrays or a
// DataFrame rendered as registrations rows for the file reader to check.
#include "population_input.hpp"

#include <pybind11/numpy.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <regex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "commissioning/io/compressed.hpp"
#include "commissioning/io/population_files.hpp"
#include "commissioning/io/weights_csv.hpp"
#include "commissioning/population/rules.hpp"

namespace commissioning::python {

namespace {

// ------------------------------------------------------------------ file-like objects

// Thrown through the library when the file-like object's read() raised: the Python error
// itself is kept by the source and raised once the parse has unwound.
struct StreamFailed : std::runtime_error {
  StreamFailed() : std::runtime_error("reading the file-like object failed") {}
};

// A binary file-like object as a ByteSource, read in chunks (not all bytes first): the parser
// runs with the GIL released and takes it back only for each call of the object's read(n),
// n at most 1 MiB. Memory stays bounded whatever the stream holds (gzip.open of an England
// file is never held whole), other threads run while it parses, and the library's limits (the
// line limit, a JSON document's size) apply to the stream as to a file. Exceptions raised by
// read() never cross the library's frames as Python errors: they are kept here and raised
// again afterwards (see with_stream). Made and destroyed with the GIL held.
class StreamSource final : public io::ByteSource {
 public:
  explicit StreamSource(py::object stream) : stream_{std::move(stream)} {}

  std::size_t read(char* buffer, std::size_t capacity) override {
    if (capacity == 0) return 0;
    if (at_ == pending_.size() && !ended_) fetch(std::min(capacity, chunk_bytes));
    const auto n = std::min(capacity, pending_.size() - at_);
    if (n != 0) std::memcpy(buffer, pending_.data() + at_, n);
    at_ += n;
    return n;
  }

  // Raises the Python error read() raised, if it did (call with the GIL held).
  void rethrow_python_error() {
    if (error_) throw std::move(*error_);
  }

 private:
  static constexpr std::size_t chunk_bytes = std::size_t{1} << 20;

  void fetch(std::size_t want) {
    py::gil_scoped_acquire held;
    pending_.clear();
    at_ = 0;
    try {
      const py::object chunk = stream_.attr("read")(want);
      if (PyUnicode_Check(chunk.ptr()))
        throw py::type_error("the file-like object's read() returned str: open the file in binary mode ('rb')");
      if (chunk.is_none())
        throw py::value_error("the file-like object's read() returned None (a non-blocking stream with no data)");
      Py_buffer view;
      if (PyObject_GetBuffer(chunk.ptr(), &view, PyBUF_SIMPLE) != 0) throw py::error_already_set();
      pending_.assign(static_cast<const char*>(view.buf), static_cast<std::size_t>(view.len));
      PyBuffer_Release(&view);
      if (pending_.empty()) ended_ = true;
    } catch (py::error_already_set& e) {
      error_.emplace(std::move(e));
      throw StreamFailed();
    } catch (py::builtin_exception& e) {
      e.set_error();
      error_.emplace();
      throw StreamFailed();
    }
  }

  py::object stream_;
  std::string pending_;  // the last chunk read (a read() may return more than asked)
  std::size_t at_{0};
  bool ended_{false};
  std::optional<py::error_already_set> error_;
};

// How errors name a stream: its `name` (open() and gzip.open() give the path), else <stream>.
std::string stream_name(const py::object& stream) {
  const py::object name = py::getattr(stream, "name", py::none());
  if (py::isinstance<py::str>(name) || py::isinstance<py::bytes>(name))
    return py::module_::import("os").attr("fsencode")(name).cast<std::string>();
  return "<stream>";
}

// Parses a stream as the path variant parses a file (gzip and zip decompressed, told by their
// first bytes), with the GIL released.
template <class Parse>
auto with_stream(const py::object& stream, Parse&& parse) {
  const auto name = stream_name(stream);
  StreamSource raw(stream);  // destroyed after the GIL is taken back
  try {
    py::gil_scoped_release unlocked;
    io::DecompressedSource in(raw, name);
    return parse(static_cast<io::ByteSource&>(in), in.name());
  } catch (...) {
    raw.rethrow_python_error();  // read()'s own error, whatever the library made of it
    throw;
  }
}

// ------------------------------------------------------------------ columns

// A column of text, one value per row: row i is values[codes[i]].
struct TextColumn {
  std::vector<std::int32_t> codes;
  std::vector<std::string> values;
  std::size_t size() const noexcept { return codes.size(); }
  std::string_view at(std::size_t row) const { return values[static_cast<std::size_t>(codes[row])]; }
  bool all_empty() const {
    return std::all_of(codes.begin(), codes.end(), [&](std::int32_t c) { return values[static_cast<std::size_t>(c)].empty(); });
  }
};

// What a cell says, as the file would spell it: text as it is (UTF-8), a missing value (None,
// NaN, pandas.NA) as an empty cell (a trial found 'None' and 'nan' stored as postcodes),
// anything else as str() gives it, for the reader to accept or refuse.
std::string cell_text(py::handle v) {
  if (PyUnicode_Check(v.ptr())) {  // the common case first: no type-name lookup per cell
    Py_ssize_t n = 0;
    if (const char* p = PyUnicode_AsUTF8AndSize(v.ptr(), &n)) return {p, static_cast<std::size_t>(n)};
    PyErr_Clear();  // lone surrogates: shown escaped, and refused by the reader's checks
    return py::reinterpret_steal<py::bytes>(PyUnicode_AsEncodedString(v.ptr(), "utf-8", "backslashreplace"))
        .cast<std::string>();
  }
  if (PyBytes_Check(v.ptr())) return py::reinterpret_borrow<py::bytes>(v).cast<std::string>();
  if (v.is_none()) return {};
  if (PyFloat_Check(v.ptr()) && std::isnan(PyFloat_AsDouble(v.ptr()))) return {};
  if (py::str(py::type::of(v).attr("__name__")).cast<std::string>() == "NAType") return {};
  return py::str(v).cast<std::string>();
}

TextColumn text_column(const py::handle& obj) {
  TextColumn c;
  py::object codes, categories;
  if (py::hasattr(obj, "cat")) {  // a categorical Series (what to_pandas() gives): its codes
    const auto cat = obj.attr("cat");
    codes = cat.attr("codes");
    categories = cat.attr("categories");
  } else if (py::hasattr(obj, "codes") && py::hasattr(obj, "categories")) {  // a pandas.Categorical
    codes = obj.attr("codes");
    categories = obj.attr("categories");
  }
  if (codes) {
    for (const auto v : categories) c.values.push_back(cell_text(v));
    const auto missing = static_cast<std::int32_t>(c.values.size());
    c.values.emplace_back();  // code -1: a missing value, an empty cell
    const auto a = py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>::ensure(
        py::module_::import("numpy").attr("asarray")(codes));
    if (!a) throw py::error_already_set();
    c.codes.reserve(static_cast<std::size_t>(a.size()));
    for (py::ssize_t i = 0; i < a.size(); ++i) {
      const auto k = a.data()[i];
      c.codes.push_back(k < 0 || k >= missing ? missing : static_cast<std::int32_t>(k));
    }
    return c;
  }
  std::unordered_map<std::string, std::int32_t> index;
  for (const auto v : py::iter(obj)) {
    auto text = cell_text(v);
    const auto [it, added] = index.try_emplace(text, static_cast<std::int32_t>(c.values.size()));
    if (added) c.values.push_back(std::move(text));
    c.codes.push_back(it->second);
  }
  return c;
}

// The counts: integers as they are, floats as the reader would see them written (3.0 is 3;
// 3.5, nan and inf are not whole numbers), anything else as text.
struct CountColumn {
  enum class Kind : std::uint8_t { Signed, Unsigned, Float, Text } kind{Kind::Text};
  std::vector<std::int64_t> i;
  std::vector<std::uint64_t> u;
  std::vector<double> f;
  TextColumn text;
  std::size_t size() const noexcept {
    switch (kind) {
      case Kind::Signed: return i.size();
      case Kind::Unsigned: return u.size();
      case Kind::Float: return f.size();
      case Kind::Text: return text.size();
    }
    return 0;
  }
  void append(std::string& out, std::size_t row) const {
    switch (kind) {
      case Kind::Signed: fmt::format_to(std::back_inserter(out), "{}", i[row]); return;
      case Kind::Unsigned: fmt::format_to(std::back_inserter(out), "{}", u[row]); return;
      case Kind::Float: {
        const double x = f[row];
        if (std::isfinite(x) && x == std::floor(x) && std::fabs(x) < 1e18)
          fmt::format_to(std::back_inserter(out), "{}", static_cast<std::int64_t>(x));
        else
          fmt::format_to(std::back_inserter(out), "{}", x);
        return;
      }
      case Kind::Text: out += text.at(row); return;
    }
  }
};

template <class T>
std::vector<T> numbers(const py::object& a) {
  const auto typed = py::array_t<T, py::array::c_style | py::array::forcecast>::ensure(a);
  if (!typed) throw py::error_already_set();
  return {typed.data(), typed.data() + typed.size()};
}

CountColumn count_column(const py::handle& obj) {
  CountColumn c;
  const py::object a = py::module_::import("numpy").attr("asarray")(obj);
  const auto kind = a.attr("dtype").attr("kind").cast<std::string>();
  if (a.attr("ndim").cast<int>() != 1) throw py::value_error("patients must be one-dimensional");
  if (kind == "i") {
    c.kind = CountColumn::Kind::Signed;
    c.i = numbers<std::int64_t>(a);
  } else if (kind == "u") {
    c.kind = CountColumn::Kind::Unsigned;
    c.u = numbers<std::uint64_t>(a);
  } else if (kind == "f") {
    c.kind = CountColumn::Kind::Float;
    c.f = numbers<double>(a);
  } else {
    c.kind = CountColumn::Kind::Text;
    c.text = text_column(a);
  }
  return c;
}

struct Frame {
  std::string source;
  TextColumn practice, sex, age;
  std::optional<TextColumn> ccg, ons, postcode;
  CountColumn patients;
  std::string publication;
  Date extract_date;
  bool sub_icb{false};
  std::size_t rows{0};
};

// The frame as a registrations CSV in the long NHS Digital layout (the columns it has), made
// as the reader asks for bytes: memory stays at a chunk whatever the number of rows. Fields
// holding a comma, quote or line end are quoted (RFC 4180), so every cell reaches the reader's
// checks as it is; the line each row starts on is kept to name the row in errors.
class RowsSource final : public io::ByteSource {
 public:
  explicit RowsSource(const Frame& f) : f_{f} {}

  std::size_t read(char* buffer, std::size_t capacity) override {
    std::size_t n = 0;
    while (n < capacity) {
      if (at_ == buf_.size() && !fill()) break;
      const auto k = std::min(capacity - n, buf_.size() - at_);
      std::memcpy(buffer + n, buf_.data() + at_, k);
      at_ += k;
      n += k;
    }
    return n;
  }

  // The row a line of the rendered CSV belongs to; none for the header or past the end.
  std::optional<std::size_t> row_of_line(std::uint64_t line) const {
    if (line < 2) return std::nullopt;
    auto it = std::upper_bound(starts_.begin(), starts_.end(), line,
                               [](std::uint64_t l, const std::pair<std::uint64_t, std::size_t>& s) { return l < s.first; });
    if (it == starts_.begin()) return std::nullopt;
    --it;
    const auto row = it->second + static_cast<std::size_t>(line - it->first);
    if (row >= f_.rows) return std::nullopt;
    return row;
  }

 private:
  bool fill() {
    buf_.clear();
    at_ = 0;
    if (!header_done_) {
      header();
      header_done_ = true;
    }
    while (buf_.size() < (std::size_t{64} << 10) && row_ < f_.rows) row(row_++);
    return !buf_.empty();
  }

  void header() {
    std::vector<std::string_view> names;
    if (!f_.publication.empty()) names.emplace_back("PUBLICATION");
    if (f_.extract_date.ok()) names.emplace_back("EXTRACT_DATE");
    if (f_.ccg) names.emplace_back(f_.sub_icb ? "SUB_ICB_LOCATION_CODE" : "CCG_CODE");
    if (f_.ons) names.emplace_back(f_.sub_icb ? "ONS_SUB_ICB_LOCATION_CODE" : "ONS_CCG_CODE");
    names.emplace_back("CODE");
    if (f_.postcode) names.emplace_back("POSTCODE");
    for (const auto* n : {"SEX", "AGE", "NUMBER_OF_PATIENTS"}) names.emplace_back(n);
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i != 0) buf_ += ',';
      buf_ += names[i];
    }
    buf_ += '\n';
    if (f_.extract_date.ok()) extract_ = io::extract_date_text(f_.extract_date);
  }

  void put(std::string_view v) {
    if (v.find_first_of(",\"\r\n") == std::string_view::npos) {
      buf_ += v;
    } else {
      buf_ += '"';
      for (const char c : v) {
        if (c == '"') buf_ += '"';
        if (c == '\n') ++newlines_;
        buf_ += c;
      }
      buf_ += '"';
    }
    buf_ += ',';
  }

  void row(std::size_t r) {
    newlines_ = 0;
    if (!f_.publication.empty()) put(f_.publication);
    if (f_.extract_date.ok()) put(extract_);
    if (f_.ccg) put(f_.ccg->at(r));
    if (f_.ons) put(f_.ons->at(r));
    put(f_.practice.at(r));
    if (f_.postcode) put(f_.postcode->at(r));
    put(f_.sex.at(r));
    put(f_.age.at(r));
    // Quoted like any other cell: a count given as text holding a line end must not become
    // a row of its own (an independent trial injected a second practice that way).
    count_.clear();
    f_.patients.append(count_, r);
    put(count_);
    buf_.back() = '\n';  // put() ended the cell with a comma
    next_line_ += 1 + newlines_;
    if (newlines_ != 0) starts_.emplace_back(next_line_, r + 1);
  }

  const Frame& f_;
  std::string buf_;
  std::size_t at_{0};
  bool header_done_{false};
  std::string extract_;
  std::string count_;
  std::size_t row_{0};
  std::uint64_t newlines_{0};
  std::uint64_t next_line_{2};
  // (line, row): from this line on, row r starts on line + (r - row) (until the next entry).
  std::vector<std::pair<std::uint64_t, std::size_t>> starts_{{2, 0}};
};

// The frame's name for a column the reader named by its header.
std::string frame_column(const std::string& header) {
  static const std::pair<const char*, const char*> names[] = {
      {"CODE", "practice"}, {"CCG_CODE", "ccg"}, {"SUB_ICB_LOCATION_CODE", "ccg"}, {"ONS_CCG_CODE", "ons_ccg"},
      {"ONS_SUB_ICB_LOCATION_CODE", "ons_ccg"}, {"POSTCODE", "postcode"}, {"SEX", "sex"}, {"AGE", "age"},
      {"NUMBER_OF_PATIENTS", "patients"}, {"PUBLICATION", "publication"}, {"EXTRACT_DATE", "extract_date"}};
  for (const auto& [file, frame] : names)
    if (header == file) return frame;
  return header;
}

PopulationTable read_frame(const Frame& f) {
  RowsSource rows(f);
  try {
    py::gil_scoped_release unlocked;  // the columns are C++ copies: nothing Python is touched
    auto table = io::read_registrations(rows, f.source).table;
    return table;
  } catch (const io::LoadError& e) {
    // The reader's place (a line of the rendered CSV, a header name) as the frame's: the row
    // and column; "on line N" in the reason is the row that line holds.
    static const std::regex on_line("on line ([0-9]+)");
    std::string reason;
    auto from = e.reason().cbegin();
    for (std::sregex_iterator it(e.reason().begin(), e.reason().end(), on_line), end; it != end; ++it) {
      reason.append(from, (*it)[0].first);
      const auto r = rows.row_of_line(std::stoull((*it)[1].str()));
      reason += r ? fmt::format("on row {}", *r) : it->str();
      from = (*it)[0].second;
    }
    reason.append(from, e.reason().cend());
    throw RowError(e.rule_id(), f.source, rows.row_of_line(e.line()), frame_column(e.field()), reason);
  }
}

Frame frame_of(const ArrayColumns& a) {
  Frame f;
  f.source = a.source;
  f.practice = text_column(a.practice);
  f.sex = text_column(a.sex);
  f.age = text_column(a.age);
  f.patients = count_column(a.patients);
  // A column that is absent, or empty in every row, is left out of the rendered header (a
  // table without commissioners has an empty ccg in to_pandas()).
  const auto optional = [](const py::object& o) -> std::optional<TextColumn> {
    if (o.is_none()) return std::nullopt;
    auto c = text_column(o);
    if (c.all_empty()) return std::nullopt;
    return c;
  };
  f.ccg = optional(a.ccg);
  f.ons = optional(a.ons_ccg);
  f.postcode = optional(a.postcode);
  f.publication = a.publication;
  f.extract_date = a.extract_date;
  f.sub_icb = a.sub_icb_columns;
  f.rows = f.practice.size();
  const auto check = [&](std::size_t n, const char* name) {
    if (n != f.rows)
      throw py::value_error(fmt::format("{}: columns of different lengths: practice has {} rows, {} has {}", f.source,
                                        f.rows, name, n));
  };
  check(f.sex.size(), "sex");
  check(f.age.size(), "age");
  check(f.patients.size(), "patients");
  if (f.ccg) check(f.ccg->size(), "ccg");
  if (f.ons) check(f.ons->size(), "ons_ccg");
  if (f.postcode) check(f.postcode->size(), "postcode");
  return f;
}

}  // namespace

io::RegistrationsLoad read_population_input(const FileOrStream& from, bool lenient) {
  io::RegistrationsOptions options;
  options.lenient = lenient;
  if (from.stream.is_none()) {
    // Reading touches no Python object: other threads run meanwhile (a thread feeding a FIFO
    // this reads from would otherwise wait for the lock forever).
    py::gil_scoped_release unlocked;
    return io::read_population_file(from.path, options);  // a registrations CSV or a JSON table, sniffed by the library
  }
  return with_stream(from.stream,
                     [&](io::ByteSource& in, const std::string& name) { return io::read_population(in, name, options); });
}

AgeSexWeights read_weights_input(const FileOrStream& from) {
  if (from.stream.is_none()) {
    py::gil_scoped_release unlocked;
    return io::read_weights_file(from.path);
  }
  return with_stream(from.stream, [](io::ByteSource& in, const std::string& name) { return io::read_weights(in, name); });
}

PopulationTable table_from_arrays(const ArrayColumns& columns) { return read_frame(frame_of(columns)); }

PopulationTable table_from_pandas(const py::object& frame, const std::string& source) {
  const auto header_error = [&](const std::string& column, const std::string& reason) {
    return RowError(std::string(rules::population_file_header.id), source, std::nullopt, column, reason);
  };
  static const char* const known[] = {"practice", "ccg", "ons_ccg", "postcode", "sex", "age", "age_from", "patients"};
  std::vector<std::string> names;
  for (const auto c : frame.attr("columns")) {
    if (!py::isinstance<py::str>(c))
      throw header_error(cell_text(c), fmt::format("column {}: column names are text", py::repr(c).cast<std::string>()));
    auto name = c.cast<std::string>();
    if (std::find(std::begin(known), std::end(known), name) == std::end(known))
      throw header_error(name, fmt::format("unknown column '{}' (expected the columns to_pandas() gives: practice, ccg, "
                                           "ons_ccg, postcode, sex, age, age_from, patients)", name));
    if (std::find(names.begin(), names.end(), name) != names.end())
      throw header_error(name, fmt::format("column '{}' appears twice", name));
    names.push_back(std::move(name));
  }
  const auto has = [&](const char* n) { return std::find(names.begin(), names.end(), n) != names.end(); };
  for (const auto* required : {"practice", "sex", "age", "patients"})
    if (!has(required)) throw header_error(required, fmt::format("the DataFrame has no {} column", required));
  ArrayColumns a;
  const auto column = [&](const char* n) { return has(n) ? py::object(frame[py::str(n)]) : py::object(py::none()); };
  a.practice = column("practice");
  a.ccg = column("ccg");
  a.ons_ccg = column("ons_ccg");
  a.postcode = column("postcode");
  a.sex = column("sex");
  a.age = column("age");
  a.patients = column("patients");
  // age_from is implied by age (checked by nothing, read by nothing): the reader reads the labels.
  const py::dict attrs = py::getattr(frame, "attrs", py::dict());
  // A value of the wrong type is a TypeError naming the key, not pybind11's bare cast error
  // (independent trial: attrs['extract_date'] = 'garbage').
  const auto attr = [&]<class T>(const char* key, T& out, const char* expected) {
    if (!attrs.contains(key) || attrs[key].is_none()) return;
    try {
      out = attrs[key].cast<T>();
    } catch (const py::cast_error&) {
      throw py::type_error(fmt::format("frame.attrs['{}'] must be {}, not {}", key, expected,
                                       py::str(py::type::of(attrs[key]).attr("__name__")).cast<std::string>()));
    }
  };
  attr("publication", a.publication, "str");
  attr("extract_date", a.extract_date, "a datetime.date");
  attr("sub_icb_columns", a.sub_icb_columns, "bool");
  a.source = source;
  return table_from_arrays(a);
}

}  // namespace commissioning::python
