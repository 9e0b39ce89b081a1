#pragma once
// Registered patients by practice × sex × age, stored column-wise: one column of integer
// counts per (sex, age bin), each as long as the number of practices, plus a totals column
// per sex. This is the shape of the NHS Digital "Patients Registered at a GP Practice"
// files (0 … 94 and 95+ single years, or quinary bands 0–4 … 90–94, 95+).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "commissioning/core/date.hpp"
#include "commissioning/core/ods_code.hpp"
#include "commissioning/core/spelling.hpp"

namespace commissioning {

enum class Sex : std::uint8_t { Male, Female, Persons };
std::string_view to_string(Sex s) noexcept;  // "male", "female", "persons"
// "MALE", "male", "M", "FEMALE", "F", "ALL", "persons" …; throws ParseError.
Sex parse_sex(std::string_view s);

enum class AgeResolution : std::uint8_t { TotalOnly, Quinary, SingleYear };
std::string_view to_string(AgeResolution r) noexcept;  // "total", "quinary", "single-year"
AgeResolution parse_age_resolution(std::string_view s);

}  // namespace commissioning

COMMISSIONING_SPELLINGS(commissioning::Sex, "a sex",
    {"male", commissioning::Sex::Male},
    {"m", commissioning::Sex::Male},
    {"female", commissioning::Sex::Female},
    {"f", commissioning::Sex::Female},
    {"persons", commissioning::Sex::Persons},
    {"all", commissioning::Sex::Persons},
    {"person", commissioning::Sex::Persons})
COMMISSIONING_SPELLINGS(commissioning::AgeResolution, "an age resolution",
    {"total", commissioning::AgeResolution::TotalOnly},
    {"all", commissioning::AgeResolution::TotalOnly},
    {"quinary", commissioning::AgeResolution::Quinary},
    {"single-year", commissioning::AgeResolution::SingleYear},
    {"single-age", commissioning::AgeResolution::SingleYear},
    {"single", commissioning::AgeResolution::SingleYear})

namespace commissioning {

inline constexpr int single_year_bins = 96;  // 0 … 94, 95+
inline constexpr int quinary_bins = 20;      // 0–4 … 90–94, 95+
inline constexpr int open_age = 95;          // the last bin is "95 and over"
constexpr int bin_count(AgeResolution r) noexcept {
  return r == AgeResolution::SingleYear ? single_year_bins : r == AgeResolution::Quinary ? quinary_bins : 0;
}
// The bin's label in the NHS Digital spelling: "0" … "94", "95+"; "0_4" … "90_94", "95+".
std::string age_label(AgeResolution r, int bin);
// The first age of a bin (the last bin starts at 95).
int bin_first_age(AgeResolution r, int bin) noexcept;
int bin_last_age(AgeResolution r, int bin) noexcept;  // 95 stands for "95 and over"

// An inclusive range of ages; `last` = 95 means "and over".
struct AgeBand {
  int first{0};
  int last{open_age};
  friend bool operator==(const AgeBand&, const AgeBand&) = default;
};
std::string to_string(const AgeBand& b);  // "0-4", "75+", "37"
// "0-4", "0_4", "75+", "95+", "37"; throws ParseError.
AgeBand parse_age_band(std::string_view s);
// 0–4, 5–9, …, 90–94, 95+.
std::span<const AgeBand> quinary_bands() noexcept;
// The bands used in prescribing analysis (ASTRO-PU style): 0–4, 5–14, 15–24, …, 65–74, 75+.
std::span<const AgeBand> prescribing_bands() noexcept;

class PopulationTable {
 public:
  PopulationTable() = default;
  // An empty table holding the given sexes (each at most once) at the given resolution.
  // Throws std::invalid_argument for an empty or repeated set of sexes.
  PopulationTable(AgeResolution ages, std::vector<Sex> sexes);

  AgeResolution ages() const noexcept { return ages_; }
  int bins() const noexcept { return bin_count(ages_); }
  const std::vector<Sex>& sexes() const noexcept { return sexes_; }
  bool has(Sex s) const noexcept { return slot(s) >= 0; }
  bool has_male_female() const noexcept { return has(Sex::Male) && has(Sex::Female); }
  std::size_t practices() const noexcept { return codes_.size(); }

  struct PracticeInfo {
    OdsCode code;                 // must be a GP practice code
    OdsCode commissioner;         // the file's CCG / sub-ICB location; may be empty
    std::string ons_commissioner; // "E38000130"; may be empty
    std::string postcode;
  };
  // Adds a practice. `totals` has one value per sex of the table (in sexes() order); `counts`
  // one per sex × bin (sex-major). Throws std::invalid_argument for a repeated practice, a
  // size mismatch, or a total that differs from the sum of its bins (where there are bins).
  std::size_t add(const PracticeInfo& info, std::span<const std::uint32_t> totals,
                  std::span<const std::uint32_t> counts = {});

  const OdsCode& code(std::size_t practice) const { return codes_.at(practice); }
  const OdsCode& commissioner(std::size_t practice) const { return commissioners_.at(practice); }
  const std::string& ons_commissioner(std::size_t practice) const { return ons_.at(practice); }
  const std::string& postcode(std::size_t practice) const { return postcodes_.at(practice); }
  std::optional<std::size_t> find(const OdsCode& code) const;

  // The column of counts for one sex and bin, over practices. Throws std::out_of_range.
  std::span<const std::uint32_t> column(Sex s, int bin) const;
  // The totals column for one sex (Persons is computed when the table has male and female
  // but no persons column: see total()).
  std::span<const std::uint32_t> totals_column(Sex s) const;
  std::uint32_t count(std::size_t practice, Sex s, int bin) const { return column(s, bin)[practice]; }
  // Registered patients of one practice (persons), whatever sexes the table holds.
  std::uint64_t total(std::size_t practice) const;
  std::uint64_t total(std::size_t practice, Sex s) const;
  // All practices.
  std::uint64_t total() const;
  std::uint64_t total(Sex s) const;
  // Counts regrouped into bands (each band must be a union of the table's bins); one value per
  // band, for one practice or (no practice) all of them. Throws std::invalid_argument.
  std::vector<std::uint64_t> by_band(std::span<const AgeBand> bands, Sex s,
                                     std::optional<std::size_t> practice = std::nullopt) const;
  // The same table at quinary resolution (from single years).
  PopulationTable to_quinary() const;

  // Where the figures came from (kept so a table can be written back as it was read).
  std::string publication;      // "GP_PRAC_PAT_LIST"
  Date extract_date;            // 1 January 2021
  bool sub_icb_columns{false};  // SUB_ICB_LOCATION_CODE rather than CCG_CODE

  friend bool operator==(const PopulationTable& a, const PopulationTable& b);

  // Raw columns for loaders that build a table column by column (see io/csv_population).
  struct Columns {
    AgeResolution ages{AgeResolution::TotalOnly};
    std::vector<Sex> sexes;
    std::vector<PracticeInfo> practices;
    std::vector<std::vector<std::uint32_t>> totals;  // per sex
    std::vector<std::vector<std::uint32_t>> counts;  // per sex × bin
  };
  // Checked like add(): sizes, repeated practices, totals against bins.
  static PopulationTable from_columns(Columns c);

 private:
  int slot(Sex s) const noexcept;
  void index_practice(const OdsCode& code, std::size_t i);

  AgeResolution ages_{AgeResolution::TotalOnly};
  std::vector<Sex> sexes_;
  std::vector<OdsCode> codes_;
  std::vector<OdsCode> commissioners_;
  std::vector<std::string> ons_;
  std::vector<std::string> postcodes_;
  std::vector<std::vector<std::uint32_t>> totals_;
  std::vector<std::vector<std::uint32_t>> counts_;
  std::unordered_map<OdsCode, std::size_t> index_;
};

}  // namespace commissioning
