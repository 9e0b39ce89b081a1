#pragma once
// NHS Digital "Patients Registered at a GP Practice": the all-ages file (CCG and Sub-ICB
// variants), the quinary age-band file and the single-year-of-age file, detected from the
// header (BOM, CRLF and quoted fields handled), read streaming with bounded memory through the
// one CSV record reader (io/csv.hpp) and the one findings sink (io/findings.hpp).
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/io/findings.hpp"
#include "commissioning/io/source.hpp"
#include "commissioning/population/population_table.hpp"

namespace commissioning::io {

// Which header a registrations file has.
enum class RegistrationsLayout : std::uint8_t {
  WithCcg,      // PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS
  WithSubIcb,   // … SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE …
  NoCommissioner,  // PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS
};
std::string_view to_string(RegistrationsLayout l) noexcept;

// Strict (default): the first error throws LoadError (an InputError with the rule id) naming
// its line. Lenient: every bad row becomes a diagnostic naming its line and is left out of
// the table; practice-level problems become diagnostics and the practice is kept. Nothing is
// dropped unreported. Diagnostics beyond max_diagnostics are counted in
// `unreported_diagnostics` and summarised by one final diagnostic.
struct RegistrationsOptions : LoadOptions {
  // false: keep only totals per sex (still validating every age row): memory is a few
  // hundred bytes per practice whatever the file size. Used by `population summarise`.
  bool keep_ages{true};
  std::size_t max_line{default_max_line};
  std::size_t buffer_bytes{std::size_t{1} << 20};
  // Called now and then with bytes read so far and the size, where known.
  LineReader::Progress progress;
  // The hand-written fast path: a row that repeats the previous row's bytes up to SEX is read
  // from its last three fields alone. Off, every row is split by the record reader; the
  // result is the same (bench/population.cpp measures both).
  bool same_prefix_fast_path{true};
  // A table is dense (every practice × sex × age bin), so memory follows the number of
  // practices: about 0.9 KB each for a single-year table, whatever the file's size. More
  // practices than this refuse the file (population.file.too-many-practices), which bounds the
  // memory a hostile file can take. The default is the synthetic generator's own limit.
  std::size_t max_practices{250'000};
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

}  // namespace commissioning::io
