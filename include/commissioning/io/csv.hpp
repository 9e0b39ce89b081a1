#pragma once
// The one CSV record reader every CSV format reads through (registrations, ODS epraccur and
// membership files, Fingertips exports, weights, budget reports). RFC 4180: fields separated
// by commas; a field that starts with a quote is quoted, may hold commas, line ends and
// doubled quotes ("" for "), and ends at its closing quote; a quote inside an unquoted field
// is kept as written. Records end at LF or CRLF outside quotes; a UTF-8 BOM at the start is
// dropped. Streaming through a fixed buffer: a record longer than the limit is refused (or,
// in lenient mode, skipped) without being stored.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/io/findings.hpp"
#include "commissioning/io/source.hpp"

namespace commissioning::io {

// One record: its first line in the file and its fields. Unquoted fields view the record as
// read; quoted ones view `storage` (their text with quotes undone). Valid until the next read.
struct CsvRecord {
  std::uint64_t line{0};
  std::string_view raw;  // the record as written, without its line end
  std::vector<std::string_view> fields;
  std::string storage;

  std::size_t size() const noexcept { return fields.size(); }
  std::string_view operator[](std::size_t i) const noexcept { return fields[i]; }
  bool blank() const noexcept { return raw.empty(); }
};

enum class CsvSyntax : std::uint8_t { Ok, UnclosedQuote, TextAfterQuote };
std::string_view describe(CsvSyntax s) noexcept;  // "a quoted field is not closed", …

// Splits one record (as LineReader with quoted_newlines returns it) into `out` (fields and
// storage replaced; line and raw left alone). On a syntax error, `bad_field` (if given) is
// the 0-based index of the field at fault.
CsvSyntax split_record(std::string_view raw, CsvRecord& out, std::size_t* bad_field = nullptr);

struct CsvOptions {
  std::size_t max_record{default_max_line};
  std::size_t buffer_bytes{std::size_t{1} << 20};
  // Refuse control bytes other than tab (and line ends inside quotes) and bytes that are not
  // UTF-8: binary input gets a clear error naming line and column rather than odd values.
  bool text_only{true};
  LineReader::Progress progress;
  // The rules its findings are reported under (an area may name its own).
  const Rule* too_long_rule{nullptr};  // default: core.input.too-large
  const Rule* syntax_rule{nullptr};    // default: core.input.csv-syntax
};

class CsvReader {
 public:
  CsvReader(ByteSource& in, Findings& findings, CsvOptions options = {});

  // The next non-blank record, split. A record over the limit, with a quote not closed or
  // holding binary bytes is a finding: strict mode throws, lenient mode records it and reads
  // on. Returns false at the end.
  bool next(CsvRecord& rec);

  // The next record unsplit, for a reader with its own fast path over the same records
  // (blank records included). TooLong is left to the caller.
  LineReader::Result next_raw(std::string_view& raw, std::uint64_t& skipped, bool skip) {
    return lines_.next(raw, skipped, skip);
  }
  // Splits a record from next_raw(), reporting a syntax error as next() does; false if it was
  // reported (lenient mode: the record is left out).
  bool split(std::string_view raw, CsvRecord& rec);

  std::uint64_t line_number() const noexcept { return lines_.line_number(); }
  bool last_line_unterminated() const noexcept { return lines_.last_line_unterminated(); }
  std::uint64_t lines() const noexcept { return lines_.lines(); }
  std::uint64_t bytes() const noexcept { return lines_.bytes(); }
  std::size_t max_record() const noexcept { return lines_.max_line(); }
  Findings& findings() noexcept { return findings_; }

 private:
  LineReader lines_;
  Findings& findings_;
  CsvOptions opt_;
};

// Quotes a field for writing when it needs it (a comma, quote, line end, or edge space).
std::string csv_quote(std::string_view field);

// Compatibility: splits one line into owned strings (cleared first); false for a syntax error.
bool split_csv_line(std::string_view line, std::vector<std::string>& out);

}  // namespace commissioning::io
