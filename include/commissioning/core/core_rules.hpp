#pragma once
// Rules about the vocabulary itself, used by every area that holds dates and times.
#include <span>
#include <string>

#include "commissioning/core/date.hpp"
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/time_of_day.hpp"

namespace commissioning::rules {

inline constexpr Rule weekday_matches_date{
    "core.date.weekday-matches", Severity::Warning,
    "A date's stated weekday matches the calendar",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) §1.0: every weekday the pack writes matches its 2018 date; a mismatch is a typo"};
inline constexpr Rule time_range_end_after_start{
    "core.time-range.end-after-start", Severity::Error,
    "A time range ends after it starts",
    "North Staffordshire & Stoke-on-Trent PCCC pack, 3 July 2018 (seed 000) L5: 'Tuesday 3rd July 2018, 10.00pm – 11.45am'"};

// Rules of reading any input, whatever its format (the loaders in io/ report under these when
// no area rule is more precise).
inline constexpr Rule input_too_large{
    "core.input.too-large", Severity::Error,
    "An input is within the reader's size limits (a whole document, a line or a record)",
    "DESIGN principle 5: a 10 GB file or a 2 GB line gets a clear error and bounded memory"};
inline constexpr Rule input_csv_syntax{
    "core.input.csv-syntax", Severity::Error,
    "A CSV record is RFC 4180: quoted fields are closed and nothing follows a closing quote but a comma",
    "RFC 4180 section 2; the NHS Digital and ODS files are RFC 4180 CSV"};
inline constexpr Rule input_csv_row{
    "core.input.csv-row", Severity::Error,
    "A CSV row has the fields its format requires, each readable",
    "DESIGN principle 4: a bad row is an error with its line number, or in lenient mode a diagnostic"};
inline constexpr Rule input_not_json{
    "core.input.not-json", Severity::Error,
    "A JSON document is JSON: well formed, not nested too deep, within the byte limit",
    "DESIGN principle 2: only broken structure refuses a file"};
inline constexpr Rule input_document{
    "core.input.document", Severity::Error,
    "A document has a known kind and the shape of that kind (fields, types, required parts)",
    "DESIGN principle 2: a wrong type or a missing required part refuses the file"};

std::span<const Rule* const> core_rules() noexcept;

// `path` is where the value sits in its document, as a JSON Pointer ("" for the value alone).
void check(const WrittenDate& d, const std::string& path, ValidationReport& out);
void check(const TimeRange& r, const std::string& path, ValidationReport& out);

}  // namespace commissioning::rules
