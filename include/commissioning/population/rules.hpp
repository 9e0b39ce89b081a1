#pragma once
// Validation rules of the population area: what the NHS Digital and ODS readers report (as
// errors in strict mode, as diagnostics in lenient mode) and what the entities check.
#include <span>
#include <string>

#include "commissioning/core/diagnostic.hpp"
#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/practice.hpp"

namespace commissioning::rules {

inline constexpr Rule population_file_header{
    "population.file.header", Severity::Error,
    "A registrations file starts with a header the reader recognises",
    "NHS Digital 'Patients Registered at a GP Practice' layouts (shared/domain/registrations-formats.md)"};
inline constexpr Rule population_file_not_text{
    "population.file.not-text", Severity::Error,
    "A registrations file is UTF-8 text (no NUL or control bytes)",
    "DESIGN principle 5: binary garbage is normal input and gets a clear error"};
inline constexpr Rule population_file_no_rows{
    "population.file.no-rows", Severity::Error,
    "A registrations file has at least one data row",
    "a header-only file is a failed or truncated download, not an empty England"};
inline constexpr Rule population_file_unterminated{
    "population.file.unterminated", Severity::Warning,
    "A registrations file's last line ends with a line end, as NHS Digital's do; one that does not may have been cut short",
    "issue 17: a file cut mid-number without a final line end was read silently"};
inline constexpr Rule population_file_too_many_practices{
    "population.file.too-many-practices", Severity::Error,
    "A registrations file holds at most RegistrationsOptions::max_practices practices (250,000 by default, 38 times England's 6,600)",
    "issue 17: a table holds every practice × sex × age, so memory follows the practices, not the bytes: "
    "a hostile file of one short row per practice grew up to 126 times its size"};
inline constexpr Rule population_row_too_long{
    "population.row.too-long", Severity::Error,
    "A line is shorter than the reader's limit (64 KiB by default)",
    "DESIGN principle 5: a 2 GB single line must not exhaust memory"};
inline constexpr Rule population_row_fields{
    "population.row.fields", Severity::Error,
    "A row has as many fields as the header, with quotes closed",
    "the files are rectangular CSV; a truncated last line is short"};
inline constexpr Rule population_row_count{
    "population.row.count", Severity::Error,
    "NUMBER_OF_PATIENTS is a whole number of patients, not negative",
    "issue 6: negative or non-numeric counts are errors"};
inline constexpr Rule population_row_sex{
    "population.row.sex", Severity::Error, "SEX is MALE, FEMALE or ALL",
    "NHS Digital layouts: SEX is MALE, FEMALE or ALL"};
inline constexpr Rule population_row_age{
    "population.row.age", Severity::Error,
    "AGE is 0 … 94, 95+ or ALL (single years) or a quinary band 0_4 … 90_94, 95+; one resolution per file",
    "NHS Digital layouts: single years 0 … 94, 95+; quinary bands"};
inline constexpr Rule population_row_code{
    "population.row.code", Severity::Error,
    "The practice code is an ODS GP practice code and the commissioner an ODS CCG code",
    "ODS code shapes: practice A84002, CCG / sub-ICB location 00L"};
inline constexpr Rule population_row_type{
    "population.row.type", Severity::Error, "TYPE (ORG_TYPE) is GP: rows are practices",
    "the practice files carry TYPE GP; organisation aggregates are other files"};
inline constexpr Rule population_row_consistent{
    "population.row.consistent", Severity::Error,
    "Every row of a file has one publication and extract date, and every row of a practice one commissioner and postcode",
    "a month's file describes one extract; a practice is in one CCG in it"};
inline constexpr Rule population_row_duplicate{
    "population.row.duplicate", Severity::Error,
    "A practice has at most one row per sex and age",
    "issue 6: duplicated rows are errors"};
inline constexpr Rule population_practice_ages_sum{
    "population.practice.ages-sum", Severity::Error,
    "A practice's age rows add up to its ALL row, and male plus female to persons",
    "issue 6: a practice whose per-age rows disagree with its ALL row is an error"};
inline constexpr Rule population_practice_ages_complete{
    "population.practice.ages-complete", Severity::Error,
    "A practice with any age rows for a sex has all of them",
    "a missing age row would silently undercount that age"};
inline constexpr Rule population_practice_ages_suppressed{
    "population.practice.ages-suppressed", Severity::Warning,
    "A practice with only ALL rows in a file with age breakdowns is reported (its ages count nowhere)",
    "older releases suppressed age breakdowns for practices of 100 patients or fewer"};
inline constexpr Rule population_practice_dates{
    "population.practice.dates", Severity::Error,
    "A practice closes on or after it opens",
    "ODS epraccur open date (field 11) and close date (field 12)"};
inline constexpr Rule population_practice_closed_date{
    "population.practice.closed-has-date", Severity::Warning,
    "A closed practice has a close date and an active one has none",
    "ODS epraccur status (field 13) and close date (field 12)"};
inline constexpr Rule population_hierarchy_dates{
    "population.hierarchy.dates", Severity::Error,
    "A membership leaves on or after it joins",
    "ODS membership join and left dates (epraccur fields 16 and 17)"};
inline constexpr Rule population_hierarchy_overlap{
    "population.hierarchy.overlap", Severity::Error,
    "A child has one parent at a level at a time",
    "a practice is in one CCG at a time (OpenPrescribing issues 474, 527 on practices moving CCG)"};
inline constexpr Rule population_ods_row{
    "population.ods.row", Severity::Error,
    "An ODS file row has its fields, a valid code, dates as YYYYMMDD and known status and setting",
    "ODS epraccur: 27 quoted fields, no header"};

std::span<const Rule* const> population_rules() noexcept;

// Every finding is about the practice's close date and is reported at `path`, the place of
// that date as the caller names it: practices come from ODS files, so "source:line:close date".
void check(const Practice& p, const std::string& path, ValidationReport& out);
// The rules a table must meet whatever format it came from (a registrations CSV checks them
// row by row as it reads, with line numbers; a table from JSON, an archive or Python is checked
// here): at least one practice, commissioners that are CCG / sub-ICB location codes, and male
// plus female equal to persons where the table holds all three. Paths are JSON Pointers under
// `path` ("/practices/3/persons"; an empty table is reported at `path` itself, "" being the
// whole document).
void check(const PopulationTable& t, const std::string& path, ValidationReport& out);

}  // namespace commissioning::rules
