#pragma once
// CSV formats of the population area:
// - NHS Digital "Patients Registered at a GP Practice": the all-ages file (CCG and Sub-ICB
//   variants), the quinary age-band file and the single-year-of-age file, detected from the
//   header (BOM, CRLF and quoted fields handled), read streaming with bounded memory;
// - ODS `epraccur` (the practice register) and the ODS practice membership layout;
// - the Fingertips practice indicator export (joined by practice code);
// - AgeSexWeights tables.
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/practice.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning::io {

// Where bytes come from: a file, a stream, a generator. read() returns 0 at the end.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual std::size_t read(char* buffer, std::size_t capacity) = 0;
  virtual std::optional<std::uint64_t> size() const { return std::nullopt; }
};
class FileSource final : public ByteSource {
 public:
  explicit FileSource(const std::string& path);  // throws InputError when it cannot be opened
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  std::size_t read(char* buffer, std::size_t capacity) override;
  std::optional<std::uint64_t> size() const override { return size_; }

 private:
  int fd_{-1};
  std::string path_;
  std::optional<std::uint64_t> size_;
  std::uint64_t read_{0};
};
class StringSource final : public ByteSource {
 public:
  explicit StringSource(std::string_view text) : text_{text} {}
  std::size_t read(char* buffer, std::size_t capacity) override;
  std::optional<std::uint64_t> size() const override { return text_.size(); }

 private:
  std::string_view text_;
  std::size_t at_{0};
};

// Which header a registrations file has.
enum class RegistrationsLayout : std::uint8_t {
  WithCcg,      // PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS
  WithSubIcb,   // … SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE …
  NoCommissioner,  // PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS
};
std::string_view to_string(RegistrationsLayout l) noexcept;

struct RegistrationsOptions {
  // Strict (default): the first error throws InputError with its line number. Lenient: every
  // bad row becomes a diagnostic naming its line and is left out of the table; practice-level
  // problems become diagnostics and the practice is kept. Nothing is dropped unreported.
  bool lenient{false};
  // false: keep only totals per sex (still validating every age row): memory is a few
  // hundred bytes per practice whatever the file size. Used by `population summarise`.
  bool keep_ages{true};
  std::size_t max_line{64 * 1024};
  std::size_t buffer_bytes{1 << 20};
  // Diagnostics kept in lenient mode; any beyond are counted in `unreported_diagnostics` and
  // summarised by one final diagnostic.
  std::size_t max_diagnostics{1000};
  // Called now and then with bytes read so far and the size, where known.
  std::function<void(std::uint64_t, std::optional<std::uint64_t>)> progress;
};

struct RegistrationsLoad {
  PopulationTable table;
  RegistrationsLayout layout{RegistrationsLayout::WithCcg};
  AgeResolution file_ages{AgeResolution::TotalOnly};  // what the file held (table may keep less)
  ValidationReport report;
  std::uint64_t lines{0};           // physical lines, the header included
  std::uint64_t rows{0};            // data rows read
  std::uint64_t rejected_rows{0};   // lenient mode: rows left out (each with a diagnostic)
  std::uint64_t bytes{0};
  std::uint64_t unreported_diagnostics{0};
};

RegistrationsLoad read_registrations(ByteSource& in, const std::string& source, const RegistrationsOptions& options = {});
RegistrationsLoad read_registrations_file(const std::string& path, const RegistrationsOptions& options = {});
RegistrationsLoad read_registrations_text(std::string_view text, const std::string& source = "<registrations>",
                                          const RegistrationsOptions& options = {});

enum class RegistrationsFormat : std::uint8_t { AllAges, Quinary, SingleYear };
std::string_view to_string(RegistrationsFormat f) noexcept;  // "all", "quinary", "single-age"
RegistrationsFormat parse_registrations_format(std::string_view s);

// Writes the table in the NHS Digital layout (the CCG layout, or Sub-ICB where the table
// says so; CRLF line ends as published). Rows per practice: for each sex, the ALL row then
// the ages. Quinary from a single-year table regroups; anything finer than the table throws
// std::invalid_argument.
void write_registrations(std::ostream& out, const PopulationTable& table, RegistrationsFormat format);

// Writes practice by practice without holding a table (the generator streams through it).
class RegistrationsWriter {
 public:
  // `ages` and `sexes` describe the counts passed to write(); a quinary format regroups single
  // years. The header is written at once. Throws std::invalid_argument for a format finer
  // than the counts.
  RegistrationsWriter(std::ostream& out, RegistrationsFormat format, AgeResolution ages, std::vector<Sex> sexes,
                      bool with_commissioner, bool sub_icb, std::string publication, Date extract_date);
  ~RegistrationsWriter();
  RegistrationsWriter(const RegistrationsWriter&) = delete;
  RegistrationsWriter& operator=(const RegistrationsWriter&) = delete;
  // totals: one per sex; counts: sex-major, one per sex × bin of `ages`.
  void write(const PopulationTable::PracticeInfo& info, std::span<const std::uint32_t> totals,
             std::span<const std::uint32_t> counts);
  void finish();  // flushes; the destructor flushes too (ignoring errors)

 private:
  void flush();
  std::ostream& out_;
  RegistrationsFormat format_;
  AgeResolution ages_;
  std::vector<Sex> sexes_;
  bool with_commissioner_;
  std::string publication_, extract_;
  std::vector<std::string> labels_;
  std::string buf_, prefix_;
  std::vector<std::uint32_t> regrouped_;
};
std::string registrations_header(bool sub_icb);
// "01JAN2021" ↔ Date.
std::string extract_date_text(Date d);
Date parse_extract_date(std::string_view s);  // throws ParseError

// --- ODS ---
struct PracticeRegister {
  std::vector<Practice> practices;
  // practice → commissioner (CCG, or Welsh health board) memberships with their dates.
  OrganisationHierarchy hierarchy;
  ValidationReport report;  // lenient mode: the rows left out; always: practice rule findings
};
// The ODS `epraccur` file: no header, 27 quoted fields (quoted fields may hold commas).
// Strict: the first bad row throws InputError with its line; lenient: diagnostics.
PracticeRegister read_epraccur(ByteSource& in, const std::string& source, bool lenient = false);
PracticeRegister read_epraccur_file(const std::string& path, bool lenient = false);

// The ODS practice membership layout: practice code, parent code, parent type, join date,
// left date (YYYYMMDD or ISO; left may be empty), with or without a header row. Parent types:
// PCN/LOCALITY, CCG/SUB_ICB(_LOCATION), STP/ICB, REGION (any case). Adds to `into`.
ValidationReport read_memberships(ByteSource& in, const std::string& source, OrganisationHierarchy& into,
                                  bool lenient = false);

// --- Fingertips ---
struct IndicatorValue {
  std::string indicator_id;
  std::string indicator_name;
  std::string area_name;
  std::string period;
  double value{0};
  friend bool operator==(const IndicatorValue&, const IndicatorValue&) = default;
};
// The practice rows (Area Type "GP") of a Fingertips export, keyed by practice code. Rows of
// other area types (England, CCG …) are counted, not kept. Throws InputError naming the line.
struct IndicatorExport {
  std::map<OdsCode, IndicatorValue> practices;
  std::uint64_t other_area_rows{0};
};
IndicatorExport read_fingertips(ByteSource& in, const std::string& source);

struct IndicatorJoin {
  struct Row {
    OdsCode practice;
    std::uint64_t patients{0};
    double value{0};
  };
  std::vector<Row> matched;                      // in table order
  std::vector<OdsCode> table_only;               // practices with no indicator value
  std::vector<OdsCode> indicator_only;           // indicator practices not in the table
  // Σ value × patients / Σ patients over matched practices.
  double patient_weighted_mean() const;
};
IndicatorJoin join_indicator(const PopulationTable& table, const IndicatorExport& indicators);

// --- Weights ---
// The documented weights format:
//   # source: <where the weights come from, or "illustrative: …">   (required)
//   sex,ages,weight
//   male,0-4,1.23
//   …
// sex is male, female or persons; ages a band as parse_age_band reads it ("0-4", "37", "95+").
AgeSexWeights read_weights(std::string_view text, const std::string& source = "<weights>");
AgeSexWeights read_weights_file(const std::string& path);
std::string write_weights(const AgeSexWeights& w);

// CSV field splitting shared by the readers: RFC 4180 quotes ("" inside quotes), fields
// appended to `out` (cleared first). Returns false for an unterminated quote.
bool split_csv_line(std::string_view line, std::vector<std::string>& out);

}  // namespace commissioning::io
