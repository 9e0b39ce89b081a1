// Readers and writers for the population area's CSV formats. The registrations reader is
// the hot path: one pass over a fixed buffer, no allocation per row, practice rows looked up
// by the previous row's code first (files are grouped by practice) and by hash otherwise.
#include "commissioning/io/csv_population.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <ostream>
#include <stdexcept>
#include <unordered_map>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/population/rules.hpp"

namespace commissioning::io {

// ---------------------------------------------------------------- byte sources

FileSource::FileSource(const std::string& path) : path_{path} {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw InputError(path, 0, "", fmt::format("cannot open: {}", std::strerror(errno)));
  struct stat st {};
  if (::fstat(fd_, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      ::close(fd_);
      fd_ = -1;
      throw InputError(path, 0, "", "is a directory, not a file");
    }
    if (S_ISREG(st.st_mode)) size_ = static_cast<std::uint64_t>(st.st_size);
  }
#ifdef POSIX_FADV_SEQUENTIAL
  (void)::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
}

FileSource::~FileSource() {
  if (fd_ >= 0) ::close(fd_);
}

std::size_t FileSource::read(char* buffer, std::size_t capacity) {
  for (;;) {
    const auto n = ::read(fd_, buffer, capacity);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(path_, 0, "", fmt::format("read failed: {}", std::strerror(errno)));
    read_ += static_cast<std::uint64_t>(n);
    // A file appended to or truncated while it is read would give a table of neither the old
    // file nor the new one: refuse it. (An unlinked file is still read whole, as opened.)
    if (size_ && (read_ > *size_ || (n == 0 && read_ != *size_)))
      throw InputError(path_, 0, "",
                       fmt::format("the file changed while it was being read ({} bytes when opened, {} by now)",
                                   *size_, read_));
    return static_cast<std::size_t>(n);
  }
}

std::size_t StringSource::read(char* buffer, std::size_t capacity) {
  const auto n = std::min(capacity, text_.size() - at_);
  std::memcpy(buffer, text_.data() + at_, n);
  at_ += n;
  return n;
}

// ---------------------------------------------------------------- CSV helpers

bool split_csv_line(std::string_view line, std::vector<std::string>& out) {
  out.clear();
  std::string field;
  std::size_t i = 0;
  const std::size_t n = line.size();
  for (;;) {
    field.clear();
    if (i < n && line[i] == '"') {
      ++i;
      for (;;) {
        if (i >= n) return false;  // unterminated quote
        const char c = line[i++];
        if (c == '"') {
          if (i < n && line[i] == '"') {
            field.push_back('"');
            ++i;
          } else {
            break;
          }
        } else {
          field.push_back(c);
        }
      }
      // After a closing quote only a separator or the end may follow.
      if (i < n && line[i] != ',') return false;
    } else {
      const auto comma = line.find(',', i);
      const auto end = comma == std::string_view::npos ? n : comma;
      field.assign(line.substr(i, end - i));
      i = end;
    }
    out.push_back(field);
    if (i >= n) break;
    ++i;  // the comma
    if (i == n) {
      out.emplace_back();
      break;
    }
  }
  return true;
}

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";

// Reads lines from a ByteSource through one fixed buffer. A line longer than max_line is
// reported (and, if asked, skipped to its end without being stored).
class LineReader {
 public:
  enum class Result { Line, TooLong, End };

  LineReader(ByteSource& in, std::size_t buffer_bytes, std::size_t max_line,
             const std::function<void(std::uint64_t, std::optional<std::uint64_t>)>& progress)
      : in_{in}, max_line_{max_line}, progress_{progress}, size_{in.size()} {
    buf_.resize(std::max(buffer_bytes, 2 * max_line + 4096));
  }

  // line: without its line end (\n or \r\n). For TooLong, `skipped` holds the line's length
  // so far and, when skip is true, the reader has moved past it.
  Result next(std::string_view& line, std::uint64_t& skipped, bool skip) {
    for (;;) {
      const char* base = buf_.data();
      if (begin_ < end_) {
        const void* nl = std::memchr(base + begin_, '\n', end_ - begin_);
        if (nl != nullptr) {
          const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - base);
          line = std::string_view(base + begin_, at - begin_);
          begin_ = at + 1;
          ++line_no_;
          if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
          if (line.size() > max_line_) {
            skipped = line.size();
            return Result::TooLong;
          }
          return Result::Line;
        }
      }
      if (eof_) {
        if (begin_ < end_) {
          line = std::string_view(base + begin_, end_ - begin_);
          begin_ = end_;
          ++line_no_;
          if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
          if (line.size() > max_line_) {
            skipped = line.size();
            return Result::TooLong;
          }
          return Result::Line;
        }
        return Result::End;
      }
      const std::size_t pending = end_ - begin_;
      if (pending > max_line_) {
        ++line_no_;
        skipped = pending;
        if (!skip) return Result::TooLong;
        begin_ = end_ = 0;
        for (;;) {  // stream to the end of the line, keeping nothing
          const auto n = fill(0);
          if (n == 0) return Result::TooLong;
          const void* nl = std::memchr(buf_.data(), '\n', n);
          if (nl != nullptr) {
            const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data());
            skipped += at;
            begin_ = at + 1;
            end_ = n;
            return Result::TooLong;
          }
          skipped += n;
        }
      }
      if (begin_ > 0) {
        std::memmove(buf_.data(), buf_.data() + begin_, pending);
        begin_ = 0;
        end_ = pending;
      }
      const auto n = fill(end_);
      end_ += n;
    }
  }

  std::uint64_t line_number() const noexcept { return line_no_; }
  std::uint64_t bytes() const noexcept { return bytes_; }

 private:
  std::size_t fill(std::size_t at) {
    const auto n = in_.read(buf_.data() + at, buf_.size() - at);
    if (n == 0) eof_ = true;
    bytes_ += n;
    if (progress_ && (bytes_ - last_progress_ >= (std::uint64_t{8} << 20) || n == 0)) {
      last_progress_ = bytes_;
      progress_(bytes_, size_);
    }
    return n;
  }

  ByteSource& in_;
  std::vector<char> buf_;
  std::size_t begin_{0}, end_{0};
  bool eof_{false};
  std::size_t max_line_;
  std::uint64_t line_no_{0};
  std::uint64_t bytes_{0};
  std::uint64_t last_progress_{0};
  const std::function<void(std::uint64_t, std::optional<std::uint64_t>)>& progress_;
  std::optional<std::uint64_t> size_;
};

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

std::uint64_t pack_code(std::string_view c) noexcept {
  std::uint64_t k = 0;
  std::memcpy(&k, c.data(), std::min<std::size_t>(c.size(), 8));
  return k | (static_cast<std::uint64_t>(c.size()) << 56);
}

// Column positions of a registrations header.
struct Columns {
  int publication = -1, extract = -1, type = -1, ccg = -1, ons = -1, code = -1, postcode = -1, sex = -1, age = -1,
      count = -1;
  std::size_t fields = 0;
  RegistrationsLayout layout = RegistrationsLayout::WithCcg;
};

constexpr int all_bin = -1;
constexpr int open_bin = -2;  // 95+: its index depends on the resolution

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
  std::array<SlotAcc, 3> slot{};
  std::array<std::uint64_t, 5> seen{};  // 3 sexes × 97 (96 bins + ALL)
};

class RegistrationsReader {
 public:
  RegistrationsReader(ByteSource& in, const std::string& source, const RegistrationsOptions& options)
      : source_{source},
        opt_{options},
        lines_{in, options.buffer_bytes, options.max_line, options.progress} {}

  RegistrationsLoad run() {
    read_header();
    std::string_view line;
    std::uint64_t skipped = 0;
    for (;;) {
      const auto r = lines_.next(line, skipped, opt_.lenient);
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
    return finish();
  }

 private:
  // ---- errors
  [[noreturn]] void fatal(const Rule& rule, std::uint64_t line, std::string_view field, std::string message) {
    (void)rule;
    throw InputError(source_, line, std::string(field), std::move(message));
  }
  void diagnose(const Rule& rule, std::uint64_t line, std::string_view field, std::string message) {
    if (rule.severity == Severity::Error && !opt_.lenient) fatal(rule, line, field, std::move(message));
    if (result_.report.size() >= opt_.max_diagnostics) {
      ++result_.unreported_diagnostics;
      return;
    }
    result_.report.add(rule, field.empty() ? fmt::format("{}:{}", source_, line) : fmt::format("{}:{}:{}", source_, line, field),
                       std::move(message));
  }
  // A bad row: an error in strict mode; a diagnostic and the row left out in lenient mode.
  void row_error(const Rule& rule, std::string_view field, std::string message) {
    diagnose(rule, lines_.line_number(), field, std::move(message));
    ++result_.rejected_rows;
  }

  // ---- header
  void read_header() {
    std::string_view line;
    std::uint64_t skipped = 0;
    const auto r = lines_.next(line, skipped, false);
    if (r == LineReader::Result::End) fatal(rules::population_file_no_rows, 0, "", "the file is empty");
    if (r == LineReader::Result::TooLong)
      fatal(rules::population_file_not_text, 1, "",
            fmt::format("the first line is over {} bytes long: not a registrations CSV file", opt_.max_line));
    if (line.substr(0, 3) == bom) line.remove_prefix(3);
    if (const auto bad = first_binary_byte(line))
      fatal(rules::population_file_not_text, 1, "",
            fmt::format("not a text file: byte 0x{:02X} at offset {} of the first line", static_cast<unsigned char>(line[*bad]), *bad));
    std::vector<std::string> names;
    if (!split_csv_line(line, names)) fatal(rules::population_file_header, 1, "", "the header has an unterminated quote");
    cols_.fields = names.size();
    bool sub_icb = false, no_commissioner_type = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
      const auto n = normalise_header(names[i]);
      const int idx = static_cast<int>(i);
      int* slot = nullptr;
      if (n == "PUBLICATION") slot = &cols_.publication;
      else if (n == "EXTRACT_DATE") slot = &cols_.extract;
      else if (n == "TYPE") slot = &cols_.type;
      else if (n == "ORG_TYPE") { slot = &cols_.type; no_commissioner_type = true; }
      else if (n == "CCG_CODE") slot = &cols_.ccg;
      else if (n == "SUB_ICB_LOCATION_CODE" || n == "SUB_ICB_LOC_CODE") { slot = &cols_.ccg; sub_icb = true; }
      else if (n == "ONS_CCG_CODE" || n == "ONS_SUB_ICB_LOCATION_CODE" || n == "ONS_SUB_ICB_LOC_CODE") slot = &cols_.ons;
      else if (n == "CODE" || n == "ORG_CODE" || n == "PRACTICE_CODE") slot = &cols_.code;
      else if (n == "POSTCODE") slot = &cols_.postcode;
      else if (n == "SEX") slot = &cols_.sex;
      else if (n == "AGE") slot = &cols_.age;
      else if (n == "NUMBER_OF_PATIENTS") slot = &cols_.count;
      if (slot == nullptr) {
        const bool wide = n.rfind("MALE_", 0) == 0 || n.rfind("FEMALE_", 0) == 0;
        fatal(rules::population_file_header, 1, names[i],
              wide ? fmt::format("column '{}': the legacy wide layout (one column per sex and age) is not read; "
                                 "use the long layout with SEX and AGE columns", names[i])
                   : fmt::format("unknown column '{}' (expected the NHS Digital registrations columns "
                                 "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS)",
                                 names[i]));
      }
      if (*slot >= 0) fatal(rules::population_file_header, 1, names[i], fmt::format("column '{}' appears twice", names[i]));
      *slot = idx;
    }
    for (const auto& [pos, name] : {std::pair{cols_.code, "CODE"}, std::pair{cols_.sex, "SEX"},
                                    std::pair{cols_.age, "AGE"}, std::pair{cols_.count, "NUMBER_OF_PATIENTS"}})
      if (pos < 0) fatal(rules::population_file_header, 1, name, fmt::format("the header has no {} column", name));
    if (cols_.ccg < 0 && cols_.ons >= 0) fatal(rules::population_file_header, 1, "CCG_CODE", "an ONS commissioner code without the ODS one");
    tail_columns_last_ = cols_.fields >= 3 && cols_.sex == static_cast<int>(cols_.fields) - 3 &&
                         cols_.age == static_cast<int>(cols_.fields) - 2 && cols_.count == static_cast<int>(cols_.fields) - 1;
    cols_.layout = cols_.ccg < 0 ? RegistrationsLayout::NoCommissioner
                   : sub_icb     ? RegistrationsLayout::WithSubIcb
                                 : RegistrationsLayout::WithCcg;
    (void)no_commissioner_type;
    result_.layout = cols_.layout;
  }

  // ---- rows
  bool split(std::string_view line) {
    nf_ = 0;
    if (std::memchr(line.data(), '"', line.size()) != nullptr) {
      if (!split_csv_line(line, scratch_)) return false;
      nf_ = scratch_.size();
      for (std::size_t i = 0; i < std::min(nf_, f_.size()); ++i) f_[i] = scratch_[i];
      return true;
    }
    const char* p = line.data();
    const char* const e = p + line.size();
    const char* start = p;
    for (; p != e; ++p) {
      if (*p == ',') {
        if (nf_ < f_.size()) f_[nf_] = std::string_view(start, static_cast<std::size_t>(p - start));
        ++nf_;
        start = p + 1;
      }
    }
    if (nf_ < f_.size()) f_[nf_] = std::string_view(start, static_cast<std::size_t>(e - start));
    ++nf_;
    return true;
  }

  std::string_view field(int i) const { return f_[static_cast<std::size_t>(i)]; }

  static const char* name_of(const Columns& c, int i) {
    if (i == c.publication) return "PUBLICATION";
    if (i == c.extract) return "EXTRACT_DATE";
    if (i == c.type) return "TYPE";
    if (i == c.ccg) return "CCG_CODE";
    if (i == c.ons) return "ONS_CCG_CODE";
    if (i == c.code) return "CODE";
    if (i == c.postcode) return "POSTCODE";
    return "?";
  }

  // The sex slot: 0 male, 1 female, 2 persons; -1 unknown.
  static int parse_sex_field(std::string_view s) noexcept {
    // The published spellings first, then any case.
    if (s.size() == 4 && std::memcmp(s.data(), "MALE", 4) == 0) return 0;
    if (s.size() == 6 && std::memcmp(s.data(), "FEMALE", 6) == 0) return 1;
    if (s.size() == 3 && std::memcmp(s.data(), "ALL", 3) == 0) return 2;
    switch (s.size()) {
      case 3: return text::iequals(s, "ALL") ? 2 : -1;
      case 4: return text::iequals(s, "MALE") ? 0 : -1;
      case 6: return text::iequals(s, "FEMALE") ? 1 : -1;
      case 7: return text::iequals(s, "PERSONS") ? 2 : -1;
      default: return -1;
    }
  }

  // Returns all_bin, open_bin, a single year (0 … 94) or 1000 + quinary band index; -1000 bad.
  static int parse_age_field(std::string_view s) noexcept {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (s.size() == 1 && digit(s[0])) return s[0] - '0';
    if (s.size() == 2 && digit(s[0]) && digit(s[1])) {
      const int v = (s[0] - '0') * 10 + (s[1] - '0');
      return v <= 94 ? v : -1000;
    }
    if (s == "95+") return open_bin;
    if (s.size() == 3 && text::iequals(s, "ALL")) return all_bin;
    // Quinary: a_b or a-b with a a multiple of 5 and b = a + 4.
    const auto sep = s.find_first_of("_-");
    if (sep == std::string_view::npos || sep == 0 || sep > 2) return -1000;
    int a = 0, b = 0;
    for (std::size_t i = 0; i < sep; ++i) {
      if (!digit(s[i])) return -1000;
      a = a * 10 + (s[i] - '0');
    }
    const auto rest = s.substr(sep + 1);
    if (rest.empty() || rest.size() > 2) return -1000;
    for (const char c : rest) {
      if (!digit(c)) return -1000;
      b = b * 10 + (c - '0');
    }
    if (a % 5 != 0 || b != a + 4 || a > 90) return -1000;
    return 1000 + a / 5;
  }

  bool check_text_field(std::string_view v, int col) {
    if (const auto bad = first_binary_byte(v)) {
      row_error(rules::population_file_not_text, name_of(cols_, col),
                fmt::format("byte 0x{:02X} in {}: not text", static_cast<unsigned char>(v[*bad]), printable(v)));
      return false;
    }
    return true;
  }

  std::size_t new_practice(std::string_view code, std::uint64_t key) {
    PracticeAcc acc;
    acc.code = OdsCode(code);
    acc.first_line = lines_.line_number();
    if (cols_.ccg >= 0) acc.ccg = OdsCode(field(cols_.ccg));
    if (cols_.ons >= 0) acc.ons.assign(field(cols_.ons));
    if (cols_.postcode >= 0) acc.postcode.assign(field(cols_.postcode));
    const auto idx = practices_.size();
    practices_.push_back(std::move(acc));
    index_.emplace(key, idx);
    return idx;
  }

  // Rows of one practice repeat everything before SEX byte for byte. When this row's bytes up
  // to SEX equal the previous (fully checked) row's, only SEX, AGE and the count are new.
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
    f_[static_cast<std::size_t>(cols_.sex)] = tail.substr(0, c1);
    f_[static_cast<std::size_t>(cols_.age)] = tail.substr(c1 + 1, c2 - c1 - 1);
    f_[static_cast<std::size_t>(cols_.count)] = tail.substr(c2 + 1);
    sex_age_count(last_idx_);
    return true;
  }

  void row(std::string_view line) {
    if (try_same_prefix(line)) return;
    same_prefix_.clear();
    if (!split(line)) {
      row_error(rules::population_row_fields, "", "a quoted field is not closed");
      return;
    }
    if (nf_ != cols_.fields) {
      row_error(rules::population_row_fields, "",
                fmt::format("{} fields where the header has {}{}", nf_, cols_.fields,
                            nf_ < cols_.fields ? " (a truncated row?)" : ""));
      return;
    }
    // File-wide fields: every row of one extract agrees.
    if (first_row_) {
      for (const int c : {cols_.publication, cols_.extract, cols_.type})
        if (c >= 0 && !check_text_field(field(c), c)) return;
      if (cols_.publication >= 0) publication_.assign(field(cols_.publication));
      if (cols_.extract >= 0) {
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
      if (cols_.publication >= 0 && field(cols_.publication) != publication_) {
        row_error(rules::population_row_consistent, "PUBLICATION",
                  fmt::format("{} where the file's first row has \"{}\"", printable(field(cols_.publication)), publication_));
        return;
      }
      if (cols_.extract >= 0 && field(cols_.extract) != extract_) {
        row_error(rules::population_row_consistent, "EXTRACT_DATE",
                  fmt::format("{} where the file's first row has \"{}\"", printable(field(cols_.extract)), extract_));
        return;
      }
    }
    if (cols_.type >= 0 && field(cols_.type) != "GP") {
      row_error(rules::population_row_type, "TYPE",
                fmt::format("{}: this reader reads practice rows (TYPE GP), not organisation aggregates",
                            printable(field(cols_.type))));
      return;
    }
    // Practice.
    const auto code = field(cols_.code);
    const auto key = pack_code(code);
    std::size_t idx;
    if (key == last_key_ && !practices_.empty()) {
      idx = last_idx_;
      if (!same_practice_fields(practices_[idx])) return;
    } else if (const auto it = index_.find(key); it != index_.end()) {
      idx = it->second;
      if (!same_practice_fields(practices_[idx])) return;
    } else {
      if (!is_valid_ods_code(code, OdsKind::GpPractice)) {
        row_error(rules::population_row_code, "CODE", fmt::format("{} is not a GP practice code (like A84002)", printable(code)));
        return;
      }
      if (cols_.ccg >= 0 && !is_valid_ods_code(field(cols_.ccg), OdsKind::Ccg)) {
        row_error(rules::population_row_code, name_of(cols_, cols_.ccg),
                  fmt::format("{} is not a CCG or sub-ICB location code (like 00L)", printable(field(cols_.ccg))));
        return;
      }
      if (cols_.ons >= 0 && !check_text_field(field(cols_.ons), cols_.ons)) return;
      if (cols_.postcode >= 0 && !check_text_field(field(cols_.postcode), cols_.postcode)) return;
      idx = new_practice(code, key);
    }
    last_key_ = key;
    last_idx_ = idx;
    // This row's fields before SEX are now checked: later rows that repeat them byte for byte
    // skip straight to SEX (when SEX, AGE, NUMBER_OF_PATIENTS end the row, quote-free).
    if (tail_columns_last_ && scratch_fields_unused_(line)) {
      const auto sex_start = static_cast<std::size_t>(field(cols_.sex).data() - line.data());
      same_prefix_.assign(line.substr(0, sex_start));
    }
    sex_age_count(idx);
  }

  bool scratch_fields_unused_(std::string_view line) const noexcept {
    const auto* p = field(cols_.sex).data();
    return p > line.data() && p < line.data() + line.size() && std::memchr(line.data(), '"', line.size()) == nullptr;
  }

  void sex_age_count(std::size_t idx) {
    const auto code = practices_[idx].code.str();
    const int s = parse_sex_field(field(cols_.sex));
    if (s < 0) {
      row_error(rules::population_row_sex, "SEX", fmt::format("{} is not MALE, FEMALE or ALL", printable(field(cols_.sex))));
      return;
    }
    int age = parse_age_field(field(cols_.age));
    if (age == -1000) {
      row_error(rules::population_row_age, "AGE",
                fmt::format("{} is not an age (0 … 94, 95+, ALL) or a quinary band (0_4 … 90_94, 95+)", printable(field(cols_.age))));
      return;
    }
    if (age >= 1000 || (age >= 0 && age < 1000)) {
      const auto res = age >= 1000 ? AgeResolution::Quinary : AgeResolution::SingleYear;
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
    // Which bin: ALL, a regular bin, or the open-ended 95+.
    int bin;  // 0 … bins-1, or 96 for ALL
    if (age == all_bin) bin = 96;
    else if (age == open_bin) bin = 95;  // stored apart until the resolution is known
    else if (age >= 1000) bin = age - 1000;
    else bin = age;
    auto& acc = practices_[idx];
    const auto bit = static_cast<unsigned>(s * 97 + bin);
    auto& word = acc.seen[bit / 64];
    const auto mask = std::uint64_t{1} << (bit % 64);
    if ((word & mask) != 0) {
      row_error(rules::population_row_duplicate, "AGE",
                fmt::format("a second {} {} row for practice {}", field(cols_.sex), field(cols_.age), code));
      return;
    }
    word |= mask;
    auto& sl = acc.slot[static_cast<std::size_t>(s)];
    const auto c32 = static_cast<std::uint32_t>(count);
    if (bin == 96) {
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
    slot_has_ages_[static_cast<std::size_t>(s)] = true;
    if (!opt_.keep_ages) return;
    auto& col = bin == 95 ? open_[static_cast<std::size_t>(s)] : regular_[static_cast<std::size_t>(s)][static_cast<std::size_t>(bin)];
    if (col.size() <= idx) col.resize(std::max(idx + 1, col.size() * 2 < 64 ? std::size_t{64} : col.size() + col.size() / 2), 0);
    col[idx] = c32;
  }

  bool same_practice_fields(const PracticeAcc& p) {
    if (cols_.ccg >= 0 && field(cols_.ccg) != p.ccg.str()) {
      row_error(rules::population_row_consistent, name_of(cols_, cols_.ccg),
                fmt::format("practice {} is in {} on line {} but {} here", p.code.str(), p.ccg.str(), p.first_line,
                            printable(field(cols_.ccg))));
      return false;
    }
    if (cols_.ons >= 0 && field(cols_.ons) != p.ons) {
      row_error(rules::population_row_consistent, name_of(cols_, cols_.ons),
                fmt::format("practice {} has ONS code {} on line {} but {} here", p.code.str(), p.ons, p.first_line,
                            printable(field(cols_.ons))));
      return false;
    }
    if (cols_.postcode >= 0 && field(cols_.postcode) != p.postcode) {
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
    result_.lines = lines_.line_number();
    result_.bytes = lines_.bytes();
    result_.file_ages = resolution_;
    if (practices_.empty()) {
      if (result_.rows == 0)
        diagnose(rules::population_file_no_rows, lines_.line_number(), "", "the file has a header but no data rows");
      else
        diagnose(rules::population_file_no_rows, lines_.line_number(), "", "no row of the file could be read");
    }
    const int nb = bin_count(resolution_);
    // A quinary file whose only age rows were 95+ cannot be told from a single-year one.
    if (resolution_ == AgeResolution::TotalOnly && (slot_has_ages_[0] || slot_has_ages_[1] || slot_has_ages_[2]))
      diagnose(rules::population_row_age, lines_.line_number(), "AGE", "the file's only age rows are 95+: cannot tell its resolution");
    std::array<bool, 3> slot_has_totals{};
    for (const auto& p : practices_)
      for (std::size_t s = 0; s < 3; ++s)
        if (p.slot[s].has_all || p.slot[s].ages > 0) slot_has_totals[s] = true;
    const bool any_ages = nb > 0 && (slot_has_ages_[0] || slot_has_ages_[1] || slot_has_ages_[2]);

    for (auto& p : practices_) {
      for (std::size_t s = 0; s < 3; ++s) {
        auto& sl = p.slot[s];
        const auto sex_name = s == 0 ? "MALE" : s == 1 ? "FEMALE" : "ALL";
        if (!slot_has_totals[s]) continue;
        if (!sl.has_all && sl.ages == 0) {
          // Another practice has this sex: this one has none of its rows.
          if (!(s == 2 && slot_has_totals[0] && slot_has_totals[1]))
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
      const auto& m = p.slot[0];
      const auto& f = p.slot[1];
      const auto& a = p.slot[2];
      auto total_of = [](const SlotAcc& x) { return x.has_all ? std::uint64_t{x.all} : x.sum; };
      if ((m.has_all || m.ages) && (f.has_all || f.ages) && (a.has_all || a.ages) &&
          total_of(m) + total_of(f) != total_of(a))
        diagnose(rules::population_practice_ages_sum, p.first_line, "SEX",
                 fmt::format("practice {}: male {} + female {} is not the {} persons", p.code.str(), total_of(m),
                             total_of(f), total_of(a)));
    }
    build_table(nb, slot_has_totals);
    if (result_.unreported_diagnostics > 0)
      result_.report.add(rules::population_file_header, source_,
                         fmt::format("{} further diagnostics were not listed (limit {})", result_.unreported_diagnostics,
                                     opt_.max_diagnostics));
    return std::move(result_);
  }

  void build_table(int nb, const std::array<bool, 3>& slot_has_totals) {
    const auto n = practices_.size();
    // Ages are kept only if some sex still has age rows: when lenient mode rejected every age
    // row, the table keeps the ALL totals rather than an age table with no counts.
    const bool any_ages = slot_has_ages_[0] || slot_has_ages_[1] || slot_has_ages_[2];
    const bool keep = opt_.keep_ages && nb > 0 && any_ages;
    // Sexes kept: with ages, those that have ages; otherwise those with totals. A persons
    // total beside male and female totals is checked above and not kept twice.
    std::vector<std::size_t> slots;
    for (std::size_t s = 0; s < 3; ++s) {
      const bool wanted = keep ? slot_has_ages_[s] : slot_has_totals[s];
      if (wanted) slots.push_back(s);
    }
    if (!keep && slot_has_totals[0] && slot_has_totals[1] && slot_has_totals[2]) slots = {0, 1};
    PopulationTable::Columns c;
    c.ages = keep ? resolution_ : AgeResolution::TotalOnly;
    for (const auto s : slots) c.sexes.push_back(static_cast<Sex>(s));
    if (c.sexes.empty()) c.sexes.push_back(Sex::Persons);
    c.practices.reserve(n);
    for (auto& p : practices_) c.practices.push_back({p.code, p.ccg, std::move(p.ons), std::move(p.postcode)});
    const auto nbins = static_cast<std::size_t>(keep ? nb : 0);
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
    (void)nbins;
    result_.table = PopulationTable::from_columns(std::move(c));
    result_.table.publication = publication_;
    result_.table.extract_date = extract_date_;
    result_.table.sub_icb_columns = cols_.layout == RegistrationsLayout::WithSubIcb;
  }

  std::string source_;
  RegistrationsOptions opt_;
  LineReader lines_;
  Columns cols_;
  RegistrationsLoad result_;
  std::array<std::string_view, 16> f_{};
  bool tail_columns_last_{false};
  std::string same_prefix_;
  std::size_t nf_{0};
  std::vector<std::string> scratch_;
  bool first_row_{true};
  std::string publication_, extract_;
  Date extract_date_;
  AgeResolution resolution_{AgeResolution::TotalOnly};
  std::vector<PracticeAcc> practices_;
  std::unordered_map<std::uint64_t, std::size_t> index_;
  std::uint64_t last_key_{~std::uint64_t{0}};
  std::size_t last_idx_{0};
  std::array<bool, 3> slot_has_ages_{};
  std::array<std::vector<std::vector<std::uint32_t>>, 3> regular_;
  std::array<std::vector<std::uint32_t>, 3> open_;
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
  FileSource in(path);
  return read_registrations(in, path, options);
}

RegistrationsLoad read_registrations_text(std::string_view text, const std::string& source, const RegistrationsOptions& options) {
  StringSource in(text);
  return read_registrations(in, source, options);
}

// ---------------------------------------------------------------- writing

std::string_view to_string(RegistrationsFormat f) noexcept {
  switch (f) {
    case RegistrationsFormat::AllAges: return "all";
    case RegistrationsFormat::Quinary: return "quinary";
    case RegistrationsFormat::SingleYear: return "single-age";
  }
  return "?";
}

RegistrationsFormat parse_registrations_format(std::string_view s) {
  const auto t = text::trim(s);
  if (text::iequals(t, "all") || text::iequals(t, "all-ages")) return RegistrationsFormat::AllAges;
  if (text::iequals(t, "quinary")) return RegistrationsFormat::Quinary;
  if (text::iequals(t, "single-age") || text::iequals(t, "single-year")) return RegistrationsFormat::SingleYear;
  throw ParseError("a registrations format", s, 0, "expected all, quinary or single-age");
}

namespace {
constexpr std::array<std::string_view, 12> months{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
}

std::string extract_date_text(Date d) {
  if (!d.ok()) return "";
  return fmt::format("{:02}{}{:04}", d.day(), months[d.month() - 1], d.year());
}

Date parse_extract_date(std::string_view s) {
  constexpr std::string_view kind = "an extract date";
  const auto t = text::trim(s);
  if (t.size() == 9) {
    int day = 0, year = 0;
    if (std::from_chars(t.data(), t.data() + 2, day).ec != std::errc{} ||
        std::from_chars(t.data() + 5, t.data() + 9, year).ec != std::errc{})
      throw ParseError(kind, s, 0, "expected DDMMMYYYY, like 01JAN2021");
    const auto mon = text::to_upper(t.substr(2, 3));
    for (std::size_t m = 0; m < months.size(); ++m)
      if (months[m] == mon) {
        if (auto d = Date::make(year, static_cast<unsigned>(m + 1), static_cast<unsigned>(day))) return *d;
        throw ParseError(kind, s, 0, "no such day");
      }
    throw ParseError(kind, s, 2, "expected a month like JAN");
  }
  try {
    return parse_date(t);
  } catch (const ParseError&) {
    throw ParseError(kind, s, 0, "expected DDMMMYYYY, like 01JAN2021");
  }
}

std::string registrations_header(bool sub_icb) {
  return sub_icb ? "PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS"
                 : "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS";
}

namespace {
void append_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;
  out.append(buf, static_cast<std::size_t>(end - buf));
}
std::string_view sex_word(Sex s) { return s == Sex::Male ? "MALE" : s == Sex::Female ? "FEMALE" : "ALL"; }
}  // namespace

RegistrationsWriter::RegistrationsWriter(std::ostream& out, RegistrationsFormat format, AgeResolution ages,
                                         std::vector<Sex> sexes, bool with_commissioner, bool sub_icb,
                                         std::string publication, Date extract_date)
    : out_{out},
      format_{format},
      ages_{ages},
      sexes_{std::move(sexes)},
      with_commissioner_{with_commissioner},
      publication_{publication.empty() ? std::string("GP_PRAC_PAT_LIST") : std::move(publication)},
      extract_{extract_date_text(extract_date)} {
  if (format != RegistrationsFormat::AllAges) {
    if (ages == AgeResolution::TotalOnly || (format == RegistrationsFormat::SingleYear && ages != AgeResolution::SingleYear))
      throw std::invalid_argument(fmt::format("cannot write {} rows from {} counts", to_string(format), to_string(ages)));
    const auto out_res = format == RegistrationsFormat::Quinary ? AgeResolution::Quinary : AgeResolution::SingleYear;
    for (int b = 0; b < bin_count(out_res); ++b) labels_.push_back(age_label(out_res, b));
  }
  buf_.reserve(1 << 20);
  if (with_commissioner_) buf_ += registrations_header(sub_icb);
  else buf_ += "PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS";
  buf_ += "\r\n";
}

RegistrationsWriter::~RegistrationsWriter() {
  try {
    flush();
  } catch (...) {
  }
}

void RegistrationsWriter::flush() {
  if (buf_.empty()) return;
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

void RegistrationsWriter::finish() {
  flush();
  out_.flush();
  if (!out_) throw std::runtime_error("writing the registrations file failed");
}

void RegistrationsWriter::write(const PopulationTable::PracticeInfo& info, std::span<const std::uint32_t> totals,
                                std::span<const std::uint32_t> counts) {
  const auto nb = static_cast<std::size_t>(bin_count(ages_));
  if (totals.size() != sexes_.size() || counts.size() != sexes_.size() * nb)
    throw std::invalid_argument("registrations writer: counts do not match the sexes and ages");
  prefix_.clear();
  prefix_ += publication_;
  prefix_ += ',';
  prefix_ += extract_;
  prefix_ += ",GP,";
  if (with_commissioner_) {
    prefix_ += info.commissioner.str();
    prefix_ += ',';
    prefix_ += info.ons_commissioner;
    prefix_ += ',';
  }
  prefix_ += info.code.str();
  prefix_ += ',';
  prefix_ += info.postcode;
  prefix_ += ',';
  if (format_ == RegistrationsFormat::AllAges) {
    std::uint64_t total = 0;
    if (const auto it = std::find(sexes_.begin(), sexes_.end(), Sex::Persons); it != sexes_.end())
      total = totals[static_cast<std::size_t>(it - sexes_.begin())];
    else
      for (const auto t : totals) total += t;
    buf_ += prefix_;
    buf_ += "ALL,ALL,";
    append_uint(buf_, total);
    buf_ += "\r\n";
  } else {
    std::span<const std::uint32_t> use = counts;
    std::size_t out_bins = nb;
    if (format_ == RegistrationsFormat::Quinary && ages_ == AgeResolution::SingleYear) {
      out_bins = quinary_bins;
      regrouped_.assign(sexes_.size() * out_bins, 0);
      for (std::size_t s = 0; s < sexes_.size(); ++s)
        for (std::size_t b = 0; b < nb; ++b)
          regrouped_[s * out_bins + std::min<std::size_t>(b / 5, quinary_bins - 1)] += counts[s * nb + b];
      use = regrouped_;
    }
    for (std::size_t s = 0; s < sexes_.size(); ++s) {
      const auto word = sex_word(sexes_[s]);
      buf_ += prefix_;
      buf_ += word;
      buf_ += ",ALL,";
      append_uint(buf_, totals[s]);
      buf_ += "\r\n";
      for (std::size_t b = 0; b < out_bins; ++b) {
        buf_ += prefix_;
        buf_ += word;
        buf_ += ',';
        buf_ += labels_[b];
        buf_ += ',';
        append_uint(buf_, use[s * out_bins + b]);
        buf_ += "\r\n";
      }
    }
  }
  if (buf_.size() > (1 << 20) - 65536) flush();
}

void write_registrations(std::ostream& out, const PopulationTable& table, RegistrationsFormat format) {
  bool any_commissioner = table.practices() == 0;
  for (std::size_t i = 0; i < table.practices() && !any_commissioner; ++i) any_commissioner = table.commissioner(i).ok();
  RegistrationsWriter w(out, format, table.ages(), table.sexes(), any_commissioner, table.sub_icb_columns,
                        table.publication, table.extract_date);
  const auto nb = static_cast<std::size_t>(table.bins());
  std::vector<std::uint32_t> totals(table.sexes().size()), counts(table.sexes().size() * nb);
  for (std::size_t i = 0; i < table.practices(); ++i) {
    for (std::size_t s = 0; s < table.sexes().size(); ++s) {
      const Sex sex = table.sexes()[s];
      totals[s] = static_cast<std::uint32_t>(table.total(i, sex));
      for (std::size_t b = 0; b < nb; ++b) counts[s * nb + b] = table.count(i, sex, static_cast<int>(b));
    }
    w.write({table.code(i), table.commissioner(i), table.ons_commissioner(i), table.postcode(i)}, totals, counts);
  }
  w.finish();
}

// ---------------------------------------------------------------- ODS

namespace {

std::optional<Date> ods_date(std::string_view s) {
  const auto t = text::trim(s);
  if (t.empty()) return std::nullopt;
  if (t.size() == 8 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int y = 0;
    unsigned m = 0, d = 0;
    std::from_chars(t.data(), t.data() + 4, y);
    std::from_chars(t.data() + 4, t.data() + 6, m);
    std::from_chars(t.data() + 6, t.data() + 8, d);
    if (auto date = Date::make(y, m, d)) return date;
    throw ParseError("an ODS date", s, 0, "no such day");
  }
  if (t.size() == 10 && t[4] == '-' && t[7] == '-') return parse_date(t);
  throw ParseError("an ODS date", s, 0, "expected YYYYMMDD, like 19740401");
}

template <class OnRow>
void for_each_csv_row(ByteSource& in, const std::string& source, OnRow on_row) {
  const std::function<void(std::uint64_t, std::optional<std::uint64_t>)> no_progress;
  LineReader lines(in, 1 << 20, 64 * 1024, no_progress);
  std::string_view line;
  std::uint64_t skipped = 0;
  std::vector<std::string> fields;
  bool first = true;
  for (;;) {
    const auto r = lines.next(line, skipped, false);
    if (r == LineReader::Result::End) break;
    if (r == LineReader::Result::TooLong)
      throw InputError(source, lines.line_number(), "", fmt::format("the line is over {} bytes long", 64 * 1024));
    if (first && line.substr(0, 3) == bom) line.remove_prefix(3);
    first = false;
    if (line.empty()) continue;
    if (const auto bad = first_binary_byte(line))
      throw InputError(source, lines.line_number(), "",
                       fmt::format("not text: byte 0x{:02X} at column {}", static_cast<unsigned char>(line[*bad]), *bad + 1));
    if (!split_csv_line(line, fields)) throw InputError(source, lines.line_number(), "", "a quoted field is not closed");
    on_row(lines.line_number(), fields);
  }
}

}  // namespace

PracticeRegister read_epraccur(ByteSource& in, const std::string& source, bool lenient) {
  PracticeRegister out;
  std::uint64_t rows = 0;
  auto bad = [&](std::uint64_t line, const char* field, const std::string& why) {
    if (!lenient) throw InputError(source, line, field, why);
    out.report.add(rules::population_ods_row, fmt::format("{}:{}:{}", source, line, field), why);
  };
  for_each_csv_row(in, source, [&](std::uint64_t line, const std::vector<std::string>& f) {
    ++rows;
    if (f.size() != 27) {
      bad(line, "", fmt::format("{} fields where epraccur has 27 (a truncated row?)", f.size()));
      return;
    }
    const char* at = "code";
    try {
      Practice p;
      p.code = OdsCode(f[0], OdsKind::GpPractice);
      at = "name";
      p.name = f[1];
      p.national_grouping = f[2];
      p.health_geography = f[3];
      p.postcode = f[9];
      at = "open date";
      if (auto d = ods_date(f[10])) p.opened = *d;
      at = "close date";
      p.closed = ods_date(f[11]);
      at = "status";
      p.status = parse_practice_status(f[12]);
      at = "prescribing setting";
      p.setting = parse_prescribing_setting(f[25]);
      at = "commissioner";
      std::optional<Membership> m;
      if (!f[14].empty()) {
        Membership mm;
        mm.child = p.code;
        mm.parent = OdsCode(f[14]);
        mm.parent_level = OrgLevel::SubIcb;
        at = "join date";
        const auto joined = ods_date(f[15]);
        if (!joined) throw ParseError("a join date", f[15], 0, "a commissioner without a join date");
        mm.joined = *joined;
        at = "left date";
        mm.left = ods_date(f[16]);
        m = mm;
      }
      rules::check(p, fmt::format("{}:{}", source, line), out.report);
      if (m) {
        at = "membership";
        try {
          out.hierarchy.add(*m);
        } catch (const std::invalid_argument& e) {
          throw ParseError("a membership", f[14], 0, e.what());
        }
      }
      out.practices.push_back(std::move(p));
    } catch (const ParseError& e) {
      bad(line, at, e.what());
    }
  });
  if (rows == 0) {
    if (!lenient) throw InputError(source, 0, "", "the file has no rows");
    out.report.add(rules::population_ods_row, source, "the file has no rows");
  }
  return out;
}

PracticeRegister read_epraccur_file(const std::string& path, bool lenient) {
  FileSource in(path);
  return read_epraccur(in, path, lenient);
}

ValidationReport read_memberships(ByteSource& in, const std::string& source, OrganisationHierarchy& into, bool lenient) {
  ValidationReport report;
  bool first = true;
  auto bad = [&](const Rule& rule, std::uint64_t line, const std::string& why) {
    if (!lenient) throw InputError(source, line, "", why);
    report.add(rule, fmt::format("{}:{}", source, line), why);
  };
  for_each_csv_row(in, source, [&](std::uint64_t line, const std::vector<std::string>& f) {
    // A header row names its columns: its join date field holds letters.
    const bool header = first && f.size() >= 4 &&
                        std::any_of(f[3].begin(), f[3].end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
    first = false;
    if (header) return;
    if (f.size() != 5) {
      bad(rules::population_ods_row, line, fmt::format("{} fields where a membership row has 5 (practice, parent, parent type, join date, left date)", f.size()));
      return;
    }
    try {
      Membership m;
      m.child = OdsCode(text::trim(f[0]));
      m.parent = OdsCode(text::trim(f[1]));
      m.parent_level = parse_org_level(f[2]);
      const auto joined = ods_date(f[3]);
      if (!joined) throw ParseError("a join date", f[3], 0, "empty");
      m.joined = *joined;
      m.left = ods_date(f[4]);
      if (m.left && *m.left < m.joined) {
        bad(rules::population_hierarchy_dates, line,
            fmt::format("{} leaves {} on {} before joining on {}", m.child.str(), m.parent.str(), to_string(*m.left), to_string(m.joined)));
        return;
      }
      try {
        into.add(m);
      } catch (const std::invalid_argument& e) {
        bad(rules::population_hierarchy_overlap, line, e.what());
      }
    } catch (const ParseError& e) {
      bad(rules::population_ods_row, line, e.what());
    }
  });
  return report;
}

// ---------------------------------------------------------------- Fingertips

IndicatorExport read_fingertips(ByteSource& in, const std::string& source) {
  IndicatorExport out;
  std::map<std::string, std::size_t> col;
  std::size_t fields = 0;
  bool header = true;
  auto need = [&](const char* name, std::uint64_t line) {
    const auto it = col.find(name);
    if (it == col.end()) throw InputError(source, line, name, fmt::format("the header has no '{}' column", name));
    return it->second;
  };
  std::size_t c_id = 0, c_name = 0, c_code = 0, c_area = 0, c_type = 0, c_period = 0, c_value = 0;
  for_each_csv_row(in, source, [&](std::uint64_t line, const std::vector<std::string>& f) {
    if (header) {
      for (std::size_t i = 0; i < f.size(); ++i) col[std::string(text::trim(f[i]))] = i;
      fields = f.size();
      c_id = need("Indicator ID", line);
      c_name = need("Indicator Name", line);
      c_code = need("Area Code", line);
      c_area = need("Area Name", line);
      c_type = need("Area Type", line);
      c_period = need("Time period", line);
      c_value = need("Value", line);
      header = false;
      return;
    }
    if (f.size() != fields)
      throw InputError(source, line, "", fmt::format("{} fields where the header has {}", f.size(), fields));
    if (f[c_type] != "GP") {
      ++out.other_area_rows;
      return;
    }
    OdsCode code;
    try {
      code = OdsCode(f[c_code], OdsKind::GpPractice);
    } catch (const ParseError& e) {
      throw InputError(source, line, "Area Code", e.what());
    }
    IndicatorValue v;
    v.indicator_id = f[c_id];
    v.indicator_name = f[c_name];
    v.area_name = f[c_area];
    v.period = f[c_period];
    const auto& vt = f[c_value];
    const auto [end, ec] = std::from_chars(vt.data(), vt.data() + vt.size(), v.value);
    if (vt.empty() || ec != std::errc{} || end != vt.data() + vt.size() || !std::isfinite(v.value))
      throw InputError(source, line, "Value", fmt::format("\"{}\" is not a number", vt));
    if (!out.practices.emplace(code, std::move(v)).second)
      throw InputError(source, line, "Area Code",
                       fmt::format("practice {} appears twice: export one indicator for one period", code.str()));
  });
  if (header) throw InputError(source, 0, "", "the file is empty");
  return out;
}

double IndicatorJoin::patient_weighted_mean() const {
  double num = 0, den = 0;
  for (const auto& r : matched) {
    num += r.value * static_cast<double>(r.patients);
    den += static_cast<double>(r.patients);
  }
  return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN();
}

IndicatorJoin join_indicator(const PopulationTable& table, const IndicatorExport& indicators) {
  IndicatorJoin out;
  for (std::size_t i = 0; i < table.practices(); ++i) {
    const auto it = indicators.practices.find(table.code(i));
    if (it == indicators.practices.end()) out.table_only.push_back(table.code(i));
    else out.matched.push_back({table.code(i), table.total(i), it->second.value});
  }
  for (const auto& [code, v] : indicators.practices)
    if (!table.find(code)) out.indicator_only.push_back(code);
  std::sort(out.table_only.begin(), out.table_only.end());
  return out;
}

// ---------------------------------------------------------------- weights

AgeSexWeights read_weights(std::string_view text_in, const std::string& source) {
  std::string src_label;
  std::vector<WeightBand> bands;
  bool header_seen = false;
  std::uint64_t line_no = 0;
  std::vector<std::string> f;
  std::string_view rest = text_in;
  if (rest.substr(0, 3) == bom) rest.remove_prefix(3);
  while (!rest.empty()) {
    const auto nl = rest.find('\n');
    auto line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto t = text::trim(line);
    if (t.empty()) continue;
    if (t[0] == '#') {
      const auto body = text::trim(t.substr(1));
      if (text::istarts_with(body, "source:")) src_label = std::string(text::trim(body.substr(7)));
      continue;
    }
    if (!split_csv_line(t, f)) throw InputError(source, line_no, "", "a quoted field is not closed");
    if (!header_seen) {
      if (f.size() != 3 || !text::iequals(text::trim(f[0]), "sex") || !text::iequals(text::trim(f[1]), "ages") ||
          !text::iequals(text::trim(f[2]), "weight"))
        throw InputError(source, line_no, "", "expected the header sex,ages,weight");
      header_seen = true;
      continue;
    }
    if (f.size() != 3) throw InputError(source, line_no, "", fmt::format("{} fields where a weight row has 3", f.size()));
    WeightBand b;
    try {
      b.sex = parse_sex(f[0]);
    } catch (const ParseError& e) {
      throw InputError(source, line_no, "sex", e.what());
    }
    try {
      b.ages = parse_age_band(f[1]);
    } catch (const ParseError& e) {
      throw InputError(source, line_no, "ages", e.what());
    }
    const auto w = text::trim(f[2]);
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), b.weight);
    if (w.empty() || ec != std::errc{} || end != w.data() + w.size())
      throw InputError(source, line_no, "weight", fmt::format("\"{}\" is not a number", w));
    bands.push_back(b);
  }
  if (src_label.empty())
    throw InputError(source, 1, "source", "a weights file starts with '# source: …' saying where the weights come from (or that they are illustrative)");
  if (!header_seen) throw InputError(source, line_no, "", "no header sex,ages,weight");
  try {
    return AgeSexWeights(std::move(src_label), std::move(bands));
  } catch (const std::invalid_argument& e) {
    throw InputError(source, 0, "", e.what());
  }
}

AgeSexWeights read_weights_file(const std::string& path) {
  FileSource in(path);
  std::string text;
  char buf[65536];
  for (;;) {
    const auto n = in.read(buf, sizeof buf);
    if (n == 0) break;
    text.append(buf, n);
    if (text.size() > (std::size_t{16} << 20)) throw InputError(path, 0, "", "a weights file over 16 MiB is not a weights file");
  }
  return read_weights(text, path);
}

std::string write_weights(const AgeSexWeights& w) {
  std::string out = fmt::format("# source: {}\nsex,ages,weight\n", w.source());
  for (const auto& b : w.bands()) out += fmt::format("{},{},{}\n", to_string(b.sex), to_string(b.ages), b.weight);
  return out;
}

}  // namespace commissioning::io
