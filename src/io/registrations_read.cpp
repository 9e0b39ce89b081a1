// Reading NHS Digital registrations files. This is the hot path: one pass over the record
// reader's fixed buffer, no allocation per row, practice rows looked up by the previous row's
// code first (files are grouped by practice) and by hash otherwise. Rows that repeat the
// previous row's bytes up to SEX take a fast path (see RegistrationsOptions); every other row
// is split by the one RFC 4180 splitter (io/csv.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <optional>
#include <unordered_map>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/io/compressed.hpp"
#include "commissioning/io/csv.hpp"
#include "commissioning/io/registrations.hpp"
#include "commissioning/population/rules.hpp"

namespace commissioning::io {

namespace {

std::string normalise_header(std::string_view s) {
  std::string out;
  for (const char c : text::trim(s)) {
    if (c == ' ' || c == '-' || c == '_') {
      if (!out.empty() && out.back() != '_') out.push_back('_');
    } else {
      out.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

bool is_text_byte(unsigned char c) noexcept { return c >= 0x20 || c == '\t'; }

std::optional<std::size_t> first_binary_byte(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!is_text_byte(static_cast<unsigned char>(s[i])) || s[i] == 0x7F) return i;
  return std::nullopt;
}

std::string printable(std::string_view s) {
  std::string out;
  for (const char c : s.substr(0, 40)) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) out += fmt::format("\\x{:02X}", u);
    else out.push_back(c);
  }
  if (s.size() > 40) out += "…";
  return "\"" + out + "\"";
}

// A column's position in the header, where the header has it.
using Column = std::optional<std::size_t>;

struct Columns {
  Column publication, extract, type, ccg, ons, code, postcode, sex, age, count;
  std::size_t fields = 0;
  RegistrationsLayout layout = RegistrationsLayout::WithCcg;
};

// The sexes a file's SEX column names, in the order of the accumulators.
enum class SexSlot : std::uint8_t { Male = 0, Female = 1, Persons = 2 };
constexpr std::size_t slot_count = 3;
constexpr std::size_t index(SexSlot s) noexcept { return static_cast<std::size_t>(s); }
constexpr std::string_view file_word(SexSlot s) noexcept {
  return s == SexSlot::Male ? "MALE" : s == SexSlot::Female ? "FEMALE" : "ALL";
}

// What an AGE field says.
struct AgeField {
  enum class Kind : std::uint8_t {
    All,         // "ALL": the sex's total
    OpenEnded,   // "95+": the last bin, whatever the resolution
    SingleYear,  // "0" … "94": value is the year
    Quinary,     // "0_4" … "90_94": value is the band index
  };
  Kind kind;
  std::uint8_t value{0};
};

// Which rows a practice has had, one bit per sex × age position: the bins (0 … 94 single
// years or 0 … 18 bands), the open-ended 95+ and ALL.
constexpr std::size_t open_position = 95;
constexpr std::size_t all_position = 96;
constexpr std::size_t positions = 97;
constexpr std::size_t position_of(const AgeField& a) noexcept {
  switch (a.kind) {
    case AgeField::Kind::All: return all_position;
    case AgeField::Kind::OpenEnded: return open_position;
    case AgeField::Kind::SingleYear:
    case AgeField::Kind::Quinary: return a.value;
  }
  return all_position;
}

struct SlotAcc {
  std::uint64_t sum{0};
  std::uint32_t all{0};
  std::uint16_t ages{0};
  bool has_all{false};
};

struct PracticeAcc {
  OdsCode code;
  OdsCode ccg;
  std::string ons;
  std::string postcode;
  std::uint64_t first_line{0};
  std::array<SlotAcc, slot_count> slot{};
  std::array<std::uint64_t, (slot_count * positions + 63) / 64> seen{};
};

// Practice codes keyed on their whole text (a code's first bytes are not a key: issue 17).
struct CodeHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

class RegistrationsReader {
 public:
  RegistrationsReader(ByteSource& in, const std::string& source, const RegistrationsOptions& options)
      : source_{source},
        opt_{options},
        findings_{source, options},
        csv_{in, findings_, csv_options(options)} {}

  RegistrationsLoad run() {
    read_header();
    std::string_view line;
    std::uint64_t skipped = 0;
    for (;;) {
      const auto r = csv_.next_raw(line, skipped, opt_.lenient);
      if (r == LineReader::Result::End) break;
      if (r == LineReader::Result::TooLong) {
        row_error(rules::population_row_too_long, "",
                  fmt::format("the line is at least {} bytes long, over the limit of {} (is this a CSV file?)", skipped,
                              opt_.max_line));
        continue;
      }
      if (line.empty()) continue;  // blank lines carry nothing
      ++result_.rows;
      row(line);
    }
    if (csv_.last_line_unterminated() && result_.rows > 0)
      diagnose(rules::population_file_unterminated, csv_.line_number(), "",
               "the last line has no line end: the file may have been cut short (compare this row with the source)");
    return finish();
  }

 private:
  static CsvOptions csv_options(const RegistrationsOptions& o) {
    CsvOptions c;
    c.max_record = o.max_line;
    c.buffer_bytes = o.buffer_bytes;
    c.progress = o.progress;
    c.text_only = false;  // fields are checked one by one, with their own rules
    c.too_long_rule = &rules::population_row_too_long;
    c.syntax_rule = &rules::population_row_fields;
    return c;
  }

  // ---- findings
  void diagnose(const Rule& rule, std::uint64_t line, std::string_view field, std::string message) {
    findings_.at_line(rule, line, field, std::move(message));
  }
  // A bad row: an error in strict mode; a diagnostic and the row left out in lenient mode.
  void row_error(const Rule& rule, std::string_view field, std::string message) {
    diagnose(rule, csv_.line_number(), field, std::move(message));
    ++result_.rejected_rows;
  }

  // ---- header
  void read_header() {
    std::string_view line;
    std::uint64_t skipped = 0;
    const auto r = csv_.next_raw(line, skipped, false);
    if (r == LineReader::Result::End) findings_.fail(rules::population_file_no_rows, 0, "", "the file is empty");
    if (r == LineReader::Result::TooLong)
      findings_.fail(rules::population_file_not_text, 1, "",
                     fmt::format("the first line is over {} bytes long: not a registrations CSV file", opt_.max_line));
    if (const auto bad = first_binary_byte(line))
      findings_.fail(rules::population_file_not_text, 1, "",
                     fmt::format("not a text file: byte 0x{:02X} at offset {} of the first line",
                                 static_cast<unsigned char>(line[*bad]), *bad));
    CsvRecord names;
    if (split_record(line, names) != CsvSyntax::Ok)
      findings_.fail(rules::population_file_header, 1, "", "the header has an unterminated quote");
    cols_.fields = names.size();
    bool sub_icb = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
      const auto n = normalise_header(names[i]);
      Column* slot = nullptr;
      if (n == "PUBLICATION") slot = &cols_.publication;
      else if (n == "EXTRACT_DATE") slot = &cols_.extract;
      else if (n == "TYPE" || n == "ORG_TYPE") slot = &cols_.type;
      else if (n == "CCG_CODE") slot = &cols_.ccg;
      else if (n == "SUB_ICB_LOCATION_CODE" || n == "SUB_ICB_LOC_CODE") { slot = &cols_.ccg; sub_icb = true; }
      else if (n == "ONS_CCG_CODE" || n == "ONS_SUB_ICB_LOCATION_CODE" || n == "ONS_SUB_ICB_LOC_CODE") slot = &cols_.ons;
      else if (n == "CODE" || n == "ORG_CODE" || n == "PRACTICE_CODE") slot = &cols_.code;
      else if (n == "POSTCODE") slot = &cols_.postcode;
      else if (n == "SEX") slot = &cols_.sex;
      else if (n == "AGE") slot = &cols_.age;
      else if (n == "NUMBER_OF_PATIENTS") slot = &cols_.count;
      const std::string name(names[i]);
      if (slot == nullptr) {
        const bool wide = n.rfind("MALE_", 0) == 0 || n.rfind("FEMALE_", 0) == 0;
        findings_.fail(rules::population_file_header, 1, name,
                       wide ? fmt::format("column '{}': the legacy wide layout (one column per sex and age) is not read; "
                                          "use the long layout with SEX and AGE columns", name)
                            : fmt::format("unknown column '{}' (expected the NHS Digital registrations columns "
                                          "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS)",
                                          name));
      }
      if (slot->has_value())
        findings_.fail(rules::population_file_header, 1, name, fmt::format("column '{}' appears twice", name));
      *slot = i;
    }
    for (const auto& [pos, name] : {std::pair{cols_.code, "CODE"}, std::pair{cols_.sex, "SEX"},
                                    std::pair{cols_.age, "AGE"}, std::pair{cols_.count, "NUMBER_OF_PATIENTS"}})
      if (!pos) findings_.fail(rules::population_file_header, 1, name, fmt::format("the header has no {} column", name));
    if (!cols_.ccg && cols_.ons)
      findings_.fail(rules::population_file_header, 1, "CCG_CODE", "an ONS commissioner code without the ODS one");
    const auto nf = cols_.fields;
    tail_columns_last_ = nf >= 3 && *cols_.sex == nf - 3 && *cols_.age == nf - 2 && *cols_.count == nf - 1;
    cols_.layout = !cols_.ccg ? RegistrationsLayout::NoCommissioner
                   : sub_icb  ? RegistrationsLayout::WithSubIcb
                              : RegistrationsLayout::WithCcg;
    result_.layout = cols_.layout;
  }

  // ---- rows
  std::string_view field(const Column& c) const { return rec_.fields[*c]; }

  const char* name_of(const Column& c) const {
    if (c == cols_.publication) return "PUBLICATION";
    if (c == cols_.extract) return "EXTRACT_DATE";
    if (c == cols_.type) return "TYPE";
    if (c == cols_.ccg) return "CCG_CODE";
    if (c == cols_.ons) return "ONS_CCG_CODE";
    if (c == cols_.code) return "CODE";
    if (c == cols_.postcode) return "POSTCODE";
    return "?";
  }

  static std::optional<SexSlot> parse_sex_field(std::string_view s) noexcept {
    // The published spellings first, then any case.
    if (s.size() == 4 && std::memcmp(s.data(), "MALE", 4) == 0) return SexSlot::Male;
    if (s.size() == 6 && std::memcmp(s.data(), "FEMALE", 6) == 0) return SexSlot::Female;
    if (s.size() == 3 && std::memcmp(s.data(), "ALL", 3) == 0) return SexSlot::Persons;
    switch (s.size()) {
      case 3: return text::iequals(s, "ALL") ? std::optional{SexSlot::Persons} : std::nullopt;
      case 4: return text::iequals(s, "MALE") ? std::optional{SexSlot::Male} : std::nullopt;
      case 6: return text::iequals(s, "FEMALE") ? std::optional{SexSlot::Female} : std::nullopt;
      case 7: return text::iequals(s, "PERSONS") ? std::optional{SexSlot::Persons} : std::nullopt;
      default: return std::nullopt;
    }
  }

  static std::optional<AgeField> parse_age_field(std::string_view s) noexcept {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    using K = AgeField::Kind;
    if (s.size() == 1 && digit(s[0])) return AgeField{K::SingleYear, static_cast<std::uint8_t>(s[0] - '0')};
    if (s.size() == 2 && digit(s[0]) && digit(s[1])) {
      const int v = (s[0] - '0') * 10 + (s[1] - '0');
      if (v >= open_age) return std::nullopt;
      return AgeField{K::SingleYear, static_cast<std::uint8_t>(v)};
    }
    if (s == "95+") return AgeField{K::OpenEnded};
    if (s.size() == 3 && text::iequals(s, "ALL")) return AgeField{K::All};
    // Quinary: a_b or a-b with a a multiple of 5 and b = a + 4.
    const auto sep = s.find_first_of("_-");
    if (sep == std::string_view::npos || sep == 0 || sep > 2) return std::nullopt;
    int a = 0, b = 0;
    for (std::size_t i = 0; i < sep; ++i) {
      if (!digit(s[i])) return std::nullopt;
      a = a * 10 + (s[i] - '0');
    }
    const auto rest = s.substr(sep + 1);
    if (rest.empty() || rest.size() > 2) return std::nullopt;
    for (const char c : rest) {
      if (!digit(c)) return std::nullopt;
      b = b * 10 + (c - '0');
    }
    if (a % 5 != 0 || b != a + 4 || a > 90) return std::nullopt;
    return AgeField{K::Quinary, static_cast<std::uint8_t>(a / 5)};
  }

  bool check_text_field(const Column& col) {
    const auto v = field(col);
    if (const auto bad = first_binary_byte(v)) {
      row_error(rules::population_file_not_text, name_of(col),
                fmt::format("byte 0x{:02X} in {}: not text", static_cast<unsigned char>(v[*bad]), printable(v)));
      return false;
    }
    if (const auto valid = text::utf8_prefix(v); valid != v.size()) {
      row_error(rules::population_file_not_text, name_of(col),
                fmt::format("byte 0x{:02X} in {}: not UTF-8", static_cast<unsigned char>(v[valid]), text::printable(v)));
      return false;
    }
    return true;
  }

  std::size_t new_practice(std::string_view code) {
    if (practices_.size() >= opt_.max_practices)
      findings_.fail(rules::population_file_too_many_practices, csv_.line_number(), name_of(cols_.code),
                     fmt::format("more than {} practices (RegistrationsOptions::max_practices): refused, as each "
                                 "practice takes memory whatever its rows",
                                 opt_.max_practices));
    PracticeAcc acc;
    acc.code = OdsCode(code);
    acc.first_line = csv_.line_number();
    if (cols_.ccg) acc.ccg = OdsCode(field(cols_.ccg));
    if (cols_.ons) acc.ons.assign(field(cols_.ons));
    if (cols_.postcode) acc.postcode.assign(field(cols_.postcode));
    const auto idx = practices_.size();
    practices_.push_back(std::move(acc));
    index_.emplace(std::string(code), idx);
    return idx;
  }

  // The fast path. Rows of one practice repeat everything before SEX byte for byte. When this
  // row's bytes up to SEX equal the previous (fully checked) row's, only SEX, AGE and the
  // count are new: they are the record's last three fields, quote-free.
  bool try_same_prefix(std::string_view line) {
    const auto n = same_prefix_.size();
    if (n == 0 || line.size() <= n || std::memcmp(line.data(), same_prefix_.data(), n) != 0) return false;
    const auto tail = line.substr(n);
    // One pass over the short tail: exactly two commas, no quotes.
    std::size_t c1 = 0, c2 = 0, commas = 0;
    for (std::size_t i = 0; i < tail.size(); ++i) {
      const char ch = tail[i];
      if (ch == ',') {
        if (commas == 0) c1 = i;
        else c2 = i;
        ++commas;
      } else if (ch == '"') {
        return false;
      }
    }
    if (commas != 2) return false;
    rec_.fields[*cols_.sex] = tail.substr(0, c1);
    rec_.fields[*cols_.age] = tail.substr(c1 + 1, c2 - c1 - 1);
    rec_.fields[*cols_.count] = tail.substr(c2 + 1);
    sex_age_count(last_idx_);
    return true;
  }

  void row(std::string_view line) {
    if (opt_.same_prefix_fast_path && try_same_prefix(line)) return;
    same_prefix_.clear();
    if (!csv_.split(line, rec_)) {
      ++result_.rejected_rows;
      return;
    }
    const auto nf = rec_.size();
    if (nf != cols_.fields) {
      row_error(rules::population_row_fields, "",
                fmt::format("{} fields where the header has {}{}", nf, cols_.fields,
                            nf < cols_.fields ? " (a truncated row?)" : ""));
      return;
    }
    // File-wide fields: every row of one extract agrees.
    if (first_row_) {
      for (const auto& c : {cols_.publication, cols_.extract, cols_.type})
        if (c && !check_text_field(c)) return;
      if (cols_.publication) publication_.assign(field(cols_.publication));
      if (cols_.extract) {
        extract_.assign(field(cols_.extract));
        try {
          extract_date_ = parse_extract_date(extract_);
        } catch (const ParseError& e) {
          row_error(rules::population_row_consistent, "EXTRACT_DATE", e.what());
          return;
        }
      }
      first_row_ = false;
    } else {
      if (cols_.publication && field(cols_.publication) != publication_) {
        row_error(rules::population_row_consistent, "PUBLICATION",
                  fmt::format("{} where the file's first row has \"{}\"", printable(field(cols_.publication)), publication_));
        return;
      }
      if (cols_.extract && field(cols_.extract) != extract_) {
        row_error(rules::population_row_consistent, "EXTRACT_DATE",
                  fmt::format("{} where the file's first row has \"{}\"", printable(field(cols_.extract)), extract_));
        return;
      }
    }
    if (cols_.type && field(cols_.type) != "GP") {
      row_error(rules::population_row_type, "TYPE",
                fmt::format("{}: this reader reads practice rows (TYPE GP), not organisation aggregates",
                            printable(field(cols_.type))));
      return;
    }
    // Practice.
    const auto code = field(cols_.code);
    std::size_t idx;
    if (!practices_.empty() && code == practices_[last_idx_].code.str()) {
      idx = last_idx_;
      if (!same_practice_fields(practices_[idx])) return;
    } else if (const auto it = index_.find(code); it != index_.end()) {
      idx = it->second;
      if (!same_practice_fields(practices_[idx])) return;
    } else {
      if (!is_valid_ods_code(code, OdsKind::GpPractice)) {
        row_error(rules::population_row_code, "CODE", fmt::format("{} is not a GP practice code (like A84002)", printable(code)));
        return;
      }
      if (cols_.ccg && !is_valid_ods_code(field(cols_.ccg), OdsKind::Ccg)) {
        row_error(rules::population_row_code, name_of(cols_.ccg),
                  fmt::format("{} is not a CCG or sub-ICB location code (like 00L)", printable(field(cols_.ccg))));
        return;
      }
      if (cols_.ons && !check_text_field(cols_.ons)) return;
      if (cols_.postcode && !check_text_field(cols_.postcode)) return;
      idx = new_practice(code);
    }
    last_idx_ = idx;
    // This row's fields before SEX are now checked: later rows that repeat them byte for byte
    // skip straight to SEX (when SEX, AGE, NUMBER_OF_PATIENTS end the row, quote-free).
    if (opt_.same_prefix_fast_path && tail_columns_last_ && rec_.storage.empty()) {
      const auto sex_start = static_cast<std::size_t>(field(cols_.sex).data() - line.data());
      same_prefix_.assign(line.substr(0, sex_start));
    }
    sex_age_count(idx);
  }

  void sex_age_count(std::size_t idx) {
    const auto code = practices_[idx].code.str();
    const auto sex = parse_sex_field(field(cols_.sex));
    if (!sex) {
      row_error(rules::population_row_sex, "SEX", fmt::format("{} is not MALE, FEMALE or ALL", printable(field(cols_.sex))));
      return;
    }
    const auto age = parse_age_field(field(cols_.age));
    if (!age) {
      row_error(rules::population_row_age, "AGE",
                fmt::format("{} is not an age (0 … 94, 95+, ALL) or a quinary band (0_4 … 90_94, 95+)", printable(field(cols_.age))));
      return;
    }
    if (age->kind == AgeField::Kind::SingleYear || age->kind == AgeField::Kind::Quinary) {
      const auto res = age->kind == AgeField::Kind::Quinary ? AgeResolution::Quinary : AgeResolution::SingleYear;
      if (resolution_ == AgeResolution::TotalOnly) {
        set_resolution(res);
      } else if (resolution_ != res) {
        row_error(rules::population_row_age, "AGE",
                  fmt::format("{} is {} but the file's earlier rows are {}", printable(field(cols_.age)),
                              res == AgeResolution::Quinary ? "a quinary band" : "a single year of age",
                              to_string(resolution_)));
        return;
      }
    }
    const auto count_text = field(cols_.count);
    std::uint64_t count = 0;
    {
      const char* p = count_text.data();
      const char* const e = p + count_text.size();
      bool ok = p != e && count_text.size() <= 10;
      for (; ok && p != e; ++p) {
        const auto d = static_cast<unsigned>(*p - '0');
        if (d > 9) ok = false;
        else count = count * 10 + d;
      }
      if (!ok || count > std::numeric_limits<std::uint32_t>::max()) {
        const bool negative = !count_text.empty() && count_text[0] == '-';
        row_error(rules::population_row_count, "NUMBER_OF_PATIENTS",
                  negative ? fmt::format("{} is negative", printable(count_text))
                  : count_text.empty() ? std::string("is empty")
                  : ok ? fmt::format("{} is more patients than any practice has", printable(count_text))
                       : fmt::format("{} is not a whole number", printable(count_text)));
        return;
      }
    }
    auto& acc = practices_[idx];
    const auto s = index(*sex);
    const auto position = position_of(*age);
    const auto bit = s * positions + position;
    auto& word = acc.seen[bit / 64];
    const auto mask = std::uint64_t{1} << (bit % 64);
    if ((word & mask) != 0) {
      row_error(rules::population_row_duplicate, "AGE",
                fmt::format("a second {} {} row for practice {}", field(cols_.sex), field(cols_.age), code));
      return;
    }
    word |= mask;
    auto& sl = acc.slot[s];
    const auto c32 = static_cast<std::uint32_t>(count);
    if (age->kind == AgeField::Kind::All) {
      sl.has_all = true;
      sl.all = c32;
      return;
    }
    if (sl.sum + count > std::numeric_limits<std::uint32_t>::max()) {
      row_error(rules::population_row_count, "NUMBER_OF_PATIENTS",
                fmt::format("practice {}'s {} ages would add up to more patients than any practice has", code,
                            field(cols_.sex)));
      return;
    }
    sl.sum += count;
    ++sl.ages;
    slot_has_ages_[s] = true;
    if (!opt_.keep_ages) return;
    // 95+ is stored apart until the resolution is known.
    auto& col = age->kind == AgeField::Kind::OpenEnded ? open_[s] : regular_[s][age->value];
    if (col.size() <= idx) col.resize(std::max(idx + 1, col.size() * 2 < 64 ? std::size_t{64} : col.size() + col.size() / 2), 0);
    col[idx] = c32;
  }

  bool same_practice_fields(const PracticeAcc& p) {
    if (cols_.ccg && field(cols_.ccg) != p.ccg.str()) {
      row_error(rules::population_row_consistent, name_of(cols_.ccg),
                fmt::format("practice {} is in {} on line {} but {} here", p.code.str(), p.ccg.str(), p.first_line,
                            printable(field(cols_.ccg))));
      return false;
    }
    if (cols_.ons && field(cols_.ons) != p.ons) {
      row_error(rules::population_row_consistent, name_of(cols_.ons),
                fmt::format("practice {} has ONS code {} on line {} but {} here", p.code.str(), p.ons, p.first_line,
                            printable(field(cols_.ons))));
      return false;
    }
    if (cols_.postcode && field(cols_.postcode) != p.postcode) {
      row_error(rules::population_row_consistent, "POSTCODE",
                fmt::format("practice {} has postcode {} on line {} but {} here", p.code.str(), p.postcode, p.first_line,
                            printable(field(cols_.postcode))));
      return false;
    }
    return true;
  }

  void set_resolution(AgeResolution r) {
    resolution_ = r;
    const auto regular = static_cast<std::size_t>(bin_count(r) - 1);
    for (auto& cols : regular_) cols.resize(regular);
  }

  // ---- the end: practice-level checks and the table
  RegistrationsLoad finish() {
    result_.lines = csv_.lines();
    result_.bytes = csv_.bytes();
    result_.file_ages = resolution_;
    const auto last_line = csv_.lines();
    if (practices_.empty()) {
      if (result_.rows == 0)
        diagnose(rules::population_file_no_rows, last_line, "", "the file has a header but no data rows");
      else
        diagnose(rules::population_file_no_rows, last_line, "", "no row of the file could be read");
    }
    const int nb = bin_count(resolution_);
    const bool any_slot_ages = std::any_of(slot_has_ages_.begin(), slot_has_ages_.end(), [](bool b) { return b; });
    // A quinary file whose only age rows were 95+ cannot be told from a single-year one.
    if (resolution_ == AgeResolution::TotalOnly && any_slot_ages)
      diagnose(rules::population_row_age, last_line, "AGE", "the file's only age rows are 95+: cannot tell its resolution");
    std::array<bool, slot_count> slot_has_totals{};
    for (const auto& p : practices_)
      for (std::size_t s = 0; s < slot_count; ++s)
        if (p.slot[s].has_all || p.slot[s].ages > 0) slot_has_totals[s] = true;
    const bool any_ages = nb > 0 && any_slot_ages;
    constexpr auto m = index(SexSlot::Male), f = index(SexSlot::Female), a = index(SexSlot::Persons);

    for (auto& p : practices_) {
      for (std::size_t s = 0; s < slot_count; ++s) {
        auto& sl = p.slot[s];
        const auto sex_name = file_word(static_cast<SexSlot>(s));
        if (!slot_has_totals[s]) continue;
        if (!sl.has_all && sl.ages == 0) {
          // Another practice has this sex: this one has none of its rows.
          if (!(s == a && slot_has_totals[m] && slot_has_totals[f]))
            diagnose(rules::population_practice_ages_complete, p.first_line, "SEX",
                     fmt::format("practice {} has no {} rows, which other practices have", p.code.str(), sex_name));
          continue;
        }
        if (any_ages && slot_has_ages_[s]) {
          if (sl.ages == 0) {
            diagnose(rules::population_practice_ages_suppressed, p.first_line, "AGE",
                     fmt::format("practice {} has a {} ALL row ({}) but no age rows: {}", p.code.str(), sex_name, sl.all,
                                 opt_.keep_ages ? "these patients are not in the table" : "they count in totals only"));
          } else if (sl.ages != nb) {
            diagnose(rules::population_practice_ages_complete, p.first_line, "AGE",
                     fmt::format("practice {} has {} of the {} {} age rows", p.code.str(), sl.ages, nb, sex_name));
          }
          if (sl.ages != 0 && sl.has_all && sl.sum != sl.all)
            diagnose(rules::population_practice_ages_sum, p.first_line, "NUMBER_OF_PATIENTS",
                     fmt::format("practice {}'s {} age rows add up to {}, but its {} ALL row says {}", p.code.str(),
                                 sex_name, sl.sum, sex_name, sl.all));
        }
      }
      auto present = [](const SlotAcc& x) { return x.has_all || x.ages > 0; };
      auto total_of = [](const SlotAcc& x) { return x.has_all ? std::uint64_t{x.all} : x.sum; };
      if (present(p.slot[m]) && present(p.slot[f]) && present(p.slot[a]) &&
          total_of(p.slot[m]) + total_of(p.slot[f]) != total_of(p.slot[a]))
        diagnose(rules::population_practice_ages_sum, p.first_line, "SEX",
                 fmt::format("practice {}: male {} + female {} is not the {} persons", p.code.str(), total_of(p.slot[m]),
                             total_of(p.slot[f]), total_of(p.slot[a])));
    }
    build_table(nb, slot_has_totals);
    result_.unreported_diagnostics = findings_.unreported();
    result_.report = findings_.take();
    return std::move(result_);
  }

  void build_table(int nb, const std::array<bool, slot_count>& slot_has_totals) {
    const auto n = practices_.size();
    // Ages are kept only if some sex still has age rows: when lenient mode rejected every age
    // row, the table keeps the ALL totals rather than an age table with no counts.
    const bool any_ages = std::any_of(slot_has_ages_.begin(), slot_has_ages_.end(), [](bool b) { return b; });
    const bool keep = opt_.keep_ages && nb > 0 && any_ages;
    // Sexes kept: with ages, those that have ages; otherwise those with totals. A persons
    // total beside male and female totals is checked above and not kept twice.
    std::vector<std::size_t> slots;
    for (std::size_t s = 0; s < slot_count; ++s) {
      const bool wanted = keep ? slot_has_ages_[s] : slot_has_totals[s];
      if (wanted) slots.push_back(s);
    }
    if (!keep && std::all_of(slot_has_totals.begin(), slot_has_totals.end(), [](bool b) { return b; }))
      slots = {index(SexSlot::Male), index(SexSlot::Female)};
    PopulationTable::Columns c;
    c.ages = keep ? resolution_ : AgeResolution::TotalOnly;
    for (const auto s : slots) c.sexes.push_back(static_cast<Sex>(s));
    if (c.sexes.empty()) c.sexes.push_back(Sex::Persons);
    c.practices.reserve(n);
    for (auto& p : practices_) c.practices.push_back({p.code, p.ccg, std::move(p.ons), std::move(p.postcode)});
    for (const auto s : slots) {
      std::vector<std::uint32_t> totals(n, 0);
      if (keep) {
        auto& regular = regular_[s];
        for (auto& col : regular) col.resize(n, 0);
        open_[s].resize(n, 0);
        // Totals from the ages kept (the ALL rows were checked against them).
        for (const auto& col : regular)
          for (std::size_t i = 0; i < n; ++i) totals[i] += col[i];
        for (std::size_t i = 0; i < n; ++i) totals[i] += open_[s][i];
        c.totals.push_back(std::move(totals));
        for (auto& col : regular) c.counts.push_back(std::move(col));
        c.counts.push_back(std::move(open_[s]));
      } else {
        for (std::size_t i = 0; i < n; ++i) {
          const auto& sl = practices_[i].slot[s];
          const std::uint64_t t = sl.has_all ? sl.all : sl.sum;
          totals[i] = static_cast<std::uint32_t>(std::min<std::uint64_t>(t, std::numeric_limits<std::uint32_t>::max()));
        }
        c.totals.push_back(std::move(totals));
      }
    }
    if (slots.empty()) c.totals.emplace_back(n, 0);
    result_.table = PopulationTable::from_columns(std::move(c));
    result_.table.publication = publication_;
    result_.table.extract_date = extract_date_;
    result_.table.sub_icb_columns = cols_.layout == RegistrationsLayout::WithSubIcb;
  }

  std::string source_;
  RegistrationsOptions opt_;
  Findings findings_;
  CsvReader csv_;
  Columns cols_;
  RegistrationsLoad result_;
  CsvRecord rec_;
  bool tail_columns_last_{false};
  std::string same_prefix_;
  bool first_row_{true};
  std::string publication_, extract_;
  Date extract_date_;
  AgeResolution resolution_{AgeResolution::TotalOnly};
  std::vector<PracticeAcc> practices_;
  std::unordered_map<std::string, std::size_t, CodeHash, std::equal_to<>> index_;
  std::size_t last_idx_{0};
  std::array<bool, slot_count> slot_has_ages_{};
  std::array<std::vector<std::vector<std::uint32_t>>, slot_count> regular_;
  std::array<std::vector<std::uint32_t>, slot_count> open_;
};

}  // namespace

std::string_view to_string(RegistrationsLayout l) noexcept {
  switch (l) {
    case RegistrationsLayout::WithCcg: return "all practices with CCG";
    case RegistrationsLayout::WithSubIcb: return "all practices with sub-ICB location";
    case RegistrationsLayout::NoCommissioner: return "practices without commissioner";
  }
  return "?";
}

RegistrationsLoad read_registrations(ByteSource& in, const std::string& source, const RegistrationsOptions& options) {
  RegistrationsReader reader(in, source, options);
  return reader.run();
}

RegistrationsLoad read_registrations_file(const std::string& path, const RegistrationsOptions& options) {
  InputFile in(path);
  return read_registrations(in, in.name(), options);
}

RegistrationsLoad read_registrations_text(std::string_view text, const std::string& source, const RegistrationsOptions& options) {
  StringSource in(text);
  return read_registrations(in, source, options);
}

}  // namespace commissioning::io
