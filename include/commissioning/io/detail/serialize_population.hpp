#pragma once
// Non-intrusive Boost.Serialization of the population area. A PopulationTable is archived
// column by column as raw little-endian blobs (one per column, each within the archive
// string limit), so an England table reloads in milliseconds; loading rebuilds it through
// PopulationTable::from_columns, which re-checks every total against its ages. The plain
// aggregates (Succession, StatedFigure, Site, PhaseTotal, SiteCoverage) are described in
// io/detail/fields_population.hpp and get their serialize() from their field tables.
#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_population.hpp"
#include "commissioning/io/detail/serialize_core.hpp"
#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/practice.hpp"
#include "commissioning/population/site_populations.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning::io::archive_detail {

inline std::string pack_u32(std::span<const std::uint32_t> v) {
  std::string out(v.size() * 4, '\0');
  if constexpr (std::endian::native == std::endian::little) {
    if (!v.empty()) std::memcpy(out.data(), v.data(), out.size());
  } else {
    for (std::size_t i = 0; i < v.size(); ++i)
      for (int b = 0; b < 4; ++b) out[i * 4 + static_cast<std::size_t>(b)] = static_cast<char>((v[i] >> (8 * b)) & 0xFF);
  }
  return out;
}
inline std::vector<std::uint32_t> unpack_u32(const std::string& s, std::size_t expected) {
  if (s.size() != expected * 4) throw std::runtime_error("archive holds a column of the wrong length");
  std::vector<std::uint32_t> v(expected);
  if constexpr (std::endian::native == std::endian::little) {
    if (expected != 0) std::memcpy(v.data(), s.data(), s.size());
  } else {
    for (std::size_t i = 0; i < expected; ++i)
      for (int b = 0; b < 4; ++b)
        v[i] |= static_cast<std::uint32_t>(static_cast<unsigned char>(s[i * 4 + static_cast<std::size_t>(b)])) << (8 * b);
  }
  return v;
}
// Strings joined by '\n' (codes and postcodes hold none).
inline std::string join_lines(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) {
    out += s;
    out += '\n';
  }
  return out;
}
inline std::vector<std::string> split_lines(const std::string& s, std::size_t expected) {
  std::vector<std::string> out;
  out.reserve(expected);
  std::size_t at = 0;
  while (at < s.size()) {
    const auto nl = s.find('\n', at);
    if (nl == std::string::npos) throw std::runtime_error("archive holds an unterminated list");
    out.emplace_back(s, at, nl - at);
    at = nl + 1;
  }
  if (out.size() != expected) throw std::runtime_error("archive holds a list of the wrong length");
  return out;
}

}  // namespace commissioning::io::archive_detail

namespace boost::serialization {

template <class Ar>
void serialize(Ar& ar, commissioning::Practice& p, unsigned version) {
  using namespace commissioning;
  using commissioning::io::archive_detail::described_value;
  commissioning::io::archive_detail::check_version<Practice>(version);
  field(ar, "code", p.code);
  field(ar, "name", p.name);
  field(ar, "postcode", p.postcode);
  described_value(ar, "status", p.status, version);  // a spelling from version 2, an ordinal before
  auto setting = static_cast<std::int32_t>(p.setting);
  ar& make_nvp("setting", setting);
  field(ar, "opened", p.opened);
  field(ar, "closed", p.closed);
  field(ar, "national_grouping", p.national_grouping);
  field(ar, "health_geography", p.health_geography);
  if constexpr (Ar::is_loading::value) {
    if (!is_prescribing_setting(setting)) throw std::runtime_error("archive holds an unknown prescribing setting");
    p.setting = static_cast<PrescribingSetting>(setting);
    if (!p.code.ok() || p.code.kind() != OdsKind::GpPractice) throw std::runtime_error("archive holds a practice without a practice code");
  }
}

template <class Ar>
void serialize(Ar& ar, commissioning::OrganisationHierarchy& h, unsigned version) {
  using namespace commissioning;
  commissioning::io::archive_detail::check_version<OrganisationHierarchy>(version);
  std::vector<Membership> ms = h.memberships();
  std::vector<Succession> ss = h.successions();
  field(ar, "memberships", ms);
  field(ar, "successions", ss);
  if constexpr (Ar::is_loading::value) {
    OrganisationHierarchy loaded;
    for (auto& m : ms) loaded.add(std::move(m));  // checked: dates, levels, overlaps
    for (auto& s : ss) loaded.add_succession(s);
    h = std::move(loaded);
  }
}

template <class Ar>
void serialize(Ar& ar, commissioning::AgeBand& b, unsigned version) {
  using namespace commissioning;
  commissioning::io::archive_detail::check_version<AgeBand>(version);
  std::int32_t first = b.first, last = b.last;
  ar& make_nvp("first", first);
  ar& make_nvp("last", last);
  if constexpr (Ar::is_loading::value) {
    if (first < 0 || last > open_age || last < first) throw std::runtime_error("archive holds an impossible age band");
    b = AgeBand{first, last};
  }
}

template <class Ar>
void serialize(Ar& ar, commissioning::AgeSexWeights& w, unsigned version) {
  using namespace commissioning;
  commissioning::io::archive_detail::check_version<AgeSexWeights>(version);
  std::string source = w.source();
  std::vector<WeightBand> bands = w.bands();
  field(ar, "source", source);
  field(ar, "bands", bands);
  if constexpr (Ar::is_loading::value) w = AgeSexWeights(std::move(source), std::move(bands));  // checked
}

template <class Ar>
void serialize(Ar& ar, commissioning::SitePractice& p, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::SitePractice>(version);
  field(ar, "name", p.name);
  ar& make_nvp("population", p.population);
  field(ar, "engagement", p.engagement);
  if constexpr (Ar::is_loading::value) p = commissioning::make_site_practice(p.name, p.population, p.engagement);
}

template <class Ar>
void serialize(Ar& ar, commissioning::PopulationTable& t, unsigned version) {
  using namespace commissioning;
  namespace ad = commissioning::io::archive_detail;
  ad::check_version<PopulationTable>(version);
  auto ages = t.ages();
  ad::described_value(ar, "ages", ages, version);  // spellings from version 2, ordinals before
  std::vector<Sex> sexes = t.sexes();
  if (version >= commissioning::io::enum_spellings_since) {
    ad::described_value(ar, "sexes", sexes, version);
  } else {
    std::vector<std::int32_t> ordinals;
    field(ar, "sexes", ordinals);
    sexes.clear();
    for (const auto s : ordinals) {
      if (s < 0 || s > 2) throw std::runtime_error("archive holds an unknown sex");
      sexes.push_back(static_cast<Sex>(s));
    }
  }
  std::uint64_t n = t.practices();
  ar& make_nvp("practices", n);
  std::vector<std::string> codes, commissioners, ons, postcodes;
  if constexpr (Ar::is_saving::value) {
    for (std::size_t i = 0; i < t.practices(); ++i) {
      codes.emplace_back(t.code(i).str());
      commissioners.emplace_back(t.commissioner(i).str());
      ons.push_back(t.ons_commissioner(i));
      postcodes.push_back(t.postcode(i));
    }
  }
  std::string codes_s = ad::join_lines(codes), comm_s = ad::join_lines(commissioners), ons_s = ad::join_lines(ons),
              post_s = ad::join_lines(postcodes);
  field(ar, "codes", codes_s);
  field(ar, "commissioners", comm_s);
  field(ar, "ons_commissioners", ons_s);
  field(ar, "postcodes", post_s);
  std::vector<ad::Blob> totals, counts;
  if constexpr (Ar::is_saving::value) {
    for (const Sex s : t.sexes()) {
      totals.push_back({ad::pack_u32(t.totals_column(s))});
      for (int b = 0; b < t.bins(); ++b) counts.push_back({ad::pack_u32(t.column(s, b))});
    }
  }
  field(ar, "totals", totals);
  field(ar, "counts", counts);
  std::string publication = t.publication;
  Date extract = t.extract_date;
  bool sub_icb = t.sub_icb_columns;
  field(ar, "publication", publication);
  field(ar, "extract_date", extract);
  field(ar, "sub_icb_columns", sub_icb);
  if constexpr (Ar::is_loading::value) {
    if (n > commissioning::io::current_archive_limits().max_elements) throw std::runtime_error("archive claims too many practices");
    PopulationTable::Columns c;
    c.ages = ages;
    c.sexes = std::move(sexes);
    const auto count = static_cast<std::size_t>(n);
    const auto code_list = ad::split_lines(codes_s, count);
    const auto comm_list = ad::split_lines(comm_s, count);
    auto ons_list = ad::split_lines(ons_s, count);
    auto post_list = ad::split_lines(post_s, count);
    c.practices.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
      c.practices.push_back({OdsCode(code_list[i], OdsKind::GpPractice),
                             comm_list[i].empty() ? OdsCode{} : OdsCode(comm_list[i]), std::move(ons_list[i]),
                             std::move(post_list[i])});
    if (totals.size() != c.sexes.size() || counts.size() != c.sexes.size() * static_cast<std::size_t>(bin_count(ages)))
      throw std::runtime_error("archive holds the wrong number of columns");
    for (const auto& s : totals) c.totals.push_back(ad::unpack_u32(s.bytes, count));
    for (const auto& s : counts) c.counts.push_back(ad::unpack_u32(s.bytes, count));
    t = PopulationTable::from_columns(std::move(c));  // throws std::invalid_argument on inconsistency
    t.publication = std::move(publication);
    t.extract_date = extract;
    t.sub_icb_columns = sub_icb;
  }
}


}  // namespace boost::serialization

// Version 2: enums are stored by their spelling (Practice status, table ages and sexes).
BOOST_CLASS_VERSION(commissioning::Practice, 2)
BOOST_CLASS_VERSION(commissioning::OrganisationHierarchy, 1)
BOOST_CLASS_VERSION(commissioning::AgeBand, 1)
BOOST_CLASS_VERSION(commissioning::AgeSexWeights, 1)
BOOST_CLASS_VERSION(commissioning::PopulationTable, 2)
BOOST_CLASS_VERSION(commissioning::SitePractice, 1)
