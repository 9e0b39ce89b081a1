#include "commissioning/population/population_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <numeric>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

std::string_view to_string(Sex s) noexcept { return spelling(s); }
Sex parse_sex(std::string_view s) { return parse_spelling<Sex>(s); }
std::string_view to_string(AgeResolution r) noexcept { return spelling(r); }
AgeResolution parse_age_resolution(std::string_view s) { return parse_spelling<AgeResolution>(s); }

int bin_first_age(AgeResolution r, int bin) noexcept { return r == AgeResolution::Quinary ? bin * 5 : bin; }
int bin_last_age(AgeResolution r, int bin) noexcept {
  if (r == AgeResolution::Quinary) return bin == quinary_bins - 1 ? open_age : bin * 5 + 4;
  return bin;
}

std::string age_label(AgeResolution r, int bin) {
  if (r == AgeResolution::TotalOnly || bin < 0 || bin >= bin_count(r)) throw std::out_of_range("age_label: no such bin");
  if (bin == bin_count(r) - 1) return "95+";
  if (r == AgeResolution::SingleYear) return std::to_string(bin);
  return fmt::format("{}_{}", bin * 5, bin * 5 + 4);
}

std::string to_string(const AgeBand& b) {
  if (b.last >= open_age) return fmt::format("{}+", b.first);
  if (b.first == b.last) return std::to_string(b.first);
  return fmt::format("{}-{}", b.first, b.last);
}

AgeBand parse_age_band(std::string_view s) {
  constexpr std::string_view kind = "an age band";
  const auto t = text::trim(s);
  auto number = [&](std::string_view part, std::size_t at) {
    int v = -1;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    if (ec != std::errc{} || end != part.data() + part.size() || part.empty())
      throw ParseError(kind, s, at, "expected a whole number of years");
    if (v < 0 || v > open_age) throw ParseError(kind, s, at, "ages run from 0 to 95 (95 and over)");
    return v;
  };
  if (t.empty()) throw ParseError(kind, s, 0, "empty");
  if (t.back() == '+') {
    const int first = number(t.substr(0, t.size() - 1), 0);
    return {first, open_age};
  }
  const auto sep = t.find_first_of("-_");
  if (sep == std::string_view::npos) {
    const int a = number(t, 0);
    if (a == open_age) throw ParseError(kind, s, 0, "95 is the open band: write 95+");
    return {a, a};
  }
  const int first = number(t.substr(0, sep), 0);
  const int last = number(t.substr(sep + 1), sep + 1);
  if (last < first) throw ParseError(kind, s, sep + 1, "the band ends before it starts");
  if (last >= open_age) throw ParseError(kind, s, sep + 1, "ages of 95 and over are the open band 95+");
  return {first, last};
}

std::span<const AgeBand> quinary_bands() noexcept {
  static const std::array<AgeBand, quinary_bins> bands = [] {
    std::array<AgeBand, quinary_bins> b{};
    for (int i = 0; i < quinary_bins; ++i) b[static_cast<std::size_t>(i)] = {i * 5, i == quinary_bins - 1 ? open_age : i * 5 + 4};
    return b;
  }();
  return bands;
}

std::span<const AgeBand> prescribing_bands() noexcept {
  static constexpr std::array<AgeBand, 9> bands{
      {{0, 4}, {5, 14}, {15, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 74}, {75, open_age}}};
  return bands;
}

PopulationTable::PopulationTable(AgeResolution ages, std::vector<Sex> sexes) : ages_{ages}, sexes_{std::move(sexes)} {
  if (sexes_.empty()) throw std::invalid_argument("population table: at least one sex");
  for (std::size_t i = 0; i < sexes_.size(); ++i)
    for (std::size_t j = i + 1; j < sexes_.size(); ++j)
      if (sexes_[i] == sexes_[j]) throw std::invalid_argument("population table: a sex is listed twice");
  totals_.resize(sexes_.size());
  counts_.resize(sexes_.size() * static_cast<std::size_t>(bins()));
}

int PopulationTable::slot(Sex s) const noexcept {
  for (std::size_t i = 0; i < sexes_.size(); ++i)
    if (sexes_[i] == s) return static_cast<int>(i);
  return -1;
}

void PopulationTable::index_practice(const OdsCode& code, std::size_t i) {
  if (!index_.emplace(code, i).second)
    throw std::invalid_argument(fmt::format("population table: practice {} appears twice", code.str()));
}

std::size_t PopulationTable::add(const PracticeInfo& info, std::span<const std::uint32_t> totals,
                                 std::span<const std::uint32_t> counts) {
  if (sexes_.empty()) throw std::invalid_argument("population table: construct it with its sexes first");
  if (!info.code.ok() || info.code.kind() != OdsKind::GpPractice)
    throw std::invalid_argument(fmt::format("population table: '{}' is not a GP practice code", info.code.str()));
  const auto nb = static_cast<std::size_t>(bins());
  if (totals.size() != sexes_.size())
    throw std::invalid_argument(fmt::format("population table: {} totals for {} sexes", totals.size(), sexes_.size()));
  if (counts.size() != sexes_.size() * nb)
    throw std::invalid_argument(fmt::format("population table: {} counts for {} sexes × {} bins", counts.size(), sexes_.size(), nb));
  if (nb != 0)
    for (std::size_t s = 0; s < sexes_.size(); ++s) {
      const auto sum = std::accumulate(counts.begin() + static_cast<std::ptrdiff_t>(s * nb),
                                       counts.begin() + static_cast<std::ptrdiff_t>((s + 1) * nb), std::uint64_t{0});
      if (sum != totals[s])
        throw std::invalid_argument(fmt::format("population table: practice {} {} ages add up to {}, not its total {}",
                                                info.code.str(), to_string(sexes_[s]), sum, totals[s]));
    }
  const std::size_t i = codes_.size();
  index_practice(info.code, i);
  codes_.push_back(info.code);
  commissioners_.push_back(info.commissioner);
  ons_.push_back(info.ons_commissioner);
  postcodes_.push_back(info.postcode);
  for (std::size_t s = 0; s < sexes_.size(); ++s) totals_[s].push_back(totals[s]);
  for (std::size_t c = 0; c < counts.size(); ++c) counts_[c].push_back(counts[c]);
  return i;
}

PopulationTable PopulationTable::from_columns(Columns c) {
  PopulationTable t(c.ages, c.sexes);
  const auto n = c.practices.size();
  const auto nb = static_cast<std::size_t>(t.bins());
  if (c.totals.size() != t.sexes_.size() || c.counts.size() != t.sexes_.size() * nb)
    throw std::invalid_argument("population table: columns do not match the sexes and bins");
  for (const auto& col : c.totals)
    if (col.size() != n) throw std::invalid_argument("population table: a totals column is not one per practice");
  for (const auto& col : c.counts)
    if (col.size() != n) throw std::invalid_argument("population table: a count column is not one per practice");
  t.codes_.reserve(n);
  t.commissioners_.reserve(n);
  t.ons_.reserve(n);
  t.postcodes_.reserve(n);
  t.index_.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    auto& info = c.practices[i];
    if (!info.code.ok() || info.code.kind() != OdsKind::GpPractice)
      throw std::invalid_argument(fmt::format("population table: '{}' is not a GP practice code", info.code.str()));
    t.index_practice(info.code, i);
    t.codes_.push_back(info.code);
    t.commissioners_.push_back(info.commissioner);
    t.ons_.push_back(std::move(info.ons_commissioner));
    t.postcodes_.push_back(std::move(info.postcode));
  }
  if (nb != 0)
    for (std::size_t s = 0; s < t.sexes_.size(); ++s) {
      std::vector<std::uint64_t> sums(n, 0);
      for (std::size_t b = 0; b < nb; ++b) {
        const auto& col = c.counts[s * nb + b];
        for (std::size_t i = 0; i < n; ++i) sums[i] += col[i];
      }
      for (std::size_t i = 0; i < n; ++i)
        if (sums[i] != c.totals[s][i])
          throw std::invalid_argument(fmt::format("population table: practice {} {} ages add up to {}, not its total {}",
                                                  t.codes_[i].str(), to_string(t.sexes_[s]), sums[i], c.totals[s][i]));
    }
  t.totals_ = std::move(c.totals);
  t.counts_ = std::move(c.counts);
  return t;
}

std::optional<std::size_t> PopulationTable::find(const OdsCode& code) const {
  const auto it = index_.find(code);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::span<const std::uint32_t> PopulationTable::column(Sex s, int bin) const {
  const int sl = slot(s);
  if (sl < 0) throw std::out_of_range(fmt::format("population table has no {} column", to_string(s)));
  if (bin < 0 || bin >= bins()) throw std::out_of_range(fmt::format("population table has no age bin {}", bin));
  return counts_[static_cast<std::size_t>(sl * bins() + bin)];
}

std::span<const std::uint32_t> PopulationTable::totals_column(Sex s) const {
  const int sl = slot(s);
  if (sl < 0) throw std::out_of_range(fmt::format("population table has no {} totals", to_string(s)));
  return totals_[static_cast<std::size_t>(sl)];
}

std::uint64_t PopulationTable::total(std::size_t practice, Sex s) const {
  if (practice >= practices()) throw std::out_of_range("population table: no such practice");
  if (const int sl = slot(s); sl >= 0) return totals_[static_cast<std::size_t>(sl)][practice];
  if (s == Sex::Persons && has_male_female()) return total(practice, Sex::Male) + total(practice, Sex::Female);
  throw std::out_of_range(fmt::format("population table has no {} totals", to_string(s)));
}

std::uint64_t PopulationTable::total(std::size_t practice) const {
  if (has(Sex::Persons)) return total(practice, Sex::Persons);
  std::uint64_t sum = 0;
  for (const auto& col : totals_) sum += col.at(practice);
  return sum;
}

std::uint64_t PopulationTable::total(Sex s) const {
  std::uint64_t sum = 0;
  if (const int sl = slot(s); sl >= 0) {
    for (const auto v : totals_[static_cast<std::size_t>(sl)]) sum += v;
    return sum;
  }
  if (s == Sex::Persons && has_male_female()) return total(Sex::Male) + total(Sex::Female);
  throw std::out_of_range(fmt::format("population table has no {} totals", to_string(s)));
}

std::uint64_t PopulationTable::total() const {
  if (has(Sex::Persons)) return total(Sex::Persons);
  std::uint64_t sum = 0;
  for (const auto& col : totals_)
    for (const auto v : col) sum += v;
  return sum;
}

std::vector<std::uint64_t> PopulationTable::by_band(std::span<const AgeBand> bands, Sex s,
                                                    std::optional<std::size_t> practice) const {
  if (ages_ == AgeResolution::TotalOnly) throw std::invalid_argument("population table has no age breakdown");
  if (practice && *practice >= practices()) throw std::out_of_range("population table: no such practice");
  std::vector<std::uint64_t> out(bands.size(), 0);
  for (std::size_t b = 0; b < bands.size(); ++b) {
    const auto& band = bands[b];
    for (int bin = 0; bin < bins(); ++bin) {
      const int first = bin_first_age(ages_, bin), last = bin_last_age(ages_, bin);
      const bool inside = first >= band.first && last <= band.last;
      const bool outside = last < band.first || first > band.last;
      if (!inside && !outside)
        throw std::invalid_argument(fmt::format("the band {} splits the table's age bin {}", to_string(band),
                                                age_label(ages_, bin)));
      if (!inside) continue;
      auto add_sex = [&](Sex x) {
        const auto col = column(x, bin);
        if (practice) {
          out[b] += col[*practice];
        } else {
          for (const auto v : col) out[b] += v;
        }
      };
      if (has(s)) {
        add_sex(s);
      } else if (s == Sex::Persons && has_male_female()) {
        add_sex(Sex::Male);
        add_sex(Sex::Female);
      } else {
        throw std::out_of_range(fmt::format("population table has no {} counts", to_string(s)));
      }
    }
  }
  return out;
}

PopulationTable PopulationTable::to_quinary() const {
  if (ages_ == AgeResolution::Quinary) return *this;
  if (ages_ != AgeResolution::SingleYear) throw std::invalid_argument("only a single-year table can be regrouped into quinary bands");
  Columns c;
  c.ages = AgeResolution::Quinary;
  c.sexes = sexes_;
  for (std::size_t i = 0; i < practices(); ++i) c.practices.push_back({codes_[i], commissioners_[i], ons_[i], postcodes_[i]});
  c.totals = totals_;
  c.counts.assign(sexes_.size() * quinary_bins, std::vector<std::uint32_t>(practices(), 0));
  for (std::size_t s = 0; s < sexes_.size(); ++s)
    for (int bin = 0; bin < single_year_bins; ++bin) {
      const int q = std::min(bin / 5, quinary_bins - 1);
      auto& dst = c.counts[s * quinary_bins + static_cast<std::size_t>(q)];
      const auto& src = counts_[s * single_year_bins + static_cast<std::size_t>(bin)];
      for (std::size_t i = 0; i < src.size(); ++i) dst[i] += src[i];
    }
  auto t = from_columns(std::move(c));
  t.publication = publication;
  t.extract_date = extract_date;
  t.sub_icb_columns = sub_icb_columns;
  return t;
}

bool operator==(const PopulationTable& a, const PopulationTable& b) {
  return a.ages_ == b.ages_ && a.sexes_ == b.sexes_ && a.codes_ == b.codes_ && a.commissioners_ == b.commissioners_ &&
         a.ons_ == b.ons_ && a.postcodes_ == b.postcodes_ && a.totals_ == b.totals_ && a.counts_ == b.counts_ &&
         a.publication == b.publication && a.extract_date == b.extract_date && a.sub_icb_columns == b.sub_icb_columns;
}

}  // namespace commissioning
