#include "commissioning/io/json_population.hpp"

#include <fmt/format.h>

#include <limits>
#include <stdexcept>

#include <gsl/narrow>

#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_population.hpp"

namespace commissioning {

using io::Json;
using io::json_detail::as_string;
using io::json_detail::fail;
using io::json_detail::parse_string;
using io::json_detail::reject_unknown_keys;
using io::json_detail::check_kind;

COMMISSIONING_JSON_FROM_SPELLINGS(PracticeStatus)
COMMISSIONING_JSON_FROM_SPELLINGS(OrgLevel)
COMMISSIONING_JSON_FROM_SPELLINGS(Sex)
COMMISSIONING_JSON_FROM_SPELLINGS(AgeResolution)
COMMISSIONING_JSON_FROM_FIELDS(Membership)
COMMISSIONING_JSON_FROM_FIELDS(WeightBand)

void to_json(Json& j, const PrescribingSetting& v) { j = static_cast<int>(v); }
void from_json(const Json& j, PrescribingSetting& v) {
  if (j.is_string()) {
    v = parse_string(j, [](const std::string& s) { return parse_prescribing_setting(s); });
    return;
  }
  if (!j.is_number_integer()) fail(j, "expected an ODS prescribing setting number (4 = GP practice)");
  int n{};
  try {
    n = gsl::narrow<int>(j.get<std::int64_t>());  // get<int>() would wrap 4294967300 to 4
  } catch (const gsl::narrowing_error&) {
    fail(j, fmt::format("{} is not an ODS prescribing setting", j.dump()));
  }
  if (!is_prescribing_setting(n)) fail(j, fmt::format("{} is not an ODS prescribing setting", n));
  v = static_cast<PrescribingSetting>(n);
}

void to_json(Json& j, const Practice& v) {
  j = Json{{"code", v.code}, {"name", v.name}, {"postcode", v.postcode}, {"status", v.status}, {"setting", v.setting}};
  if (v.opened.ok()) j["opened"] = v.opened;
  if (v.closed) j["closed"] = *v.closed;
  if (!v.national_grouping.empty()) j["national_grouping"] = v.national_grouping;
  if (!v.health_geography.empty()) j["health_geography"] = v.health_geography;
}
void from_json(const Json& j, Practice& v) {
  reject_unknown_keys(j, {"code", "name", "postcode", "status", "setting", "opened", "closed", "national_grouping",
                          "health_geography"});
  const auto code = as_string(j.at("code"));
  Date opened;
  if (j.contains("opened")) opened = j.at("opened").get<Date>();
  std::optional<Date> closed;
  if (j.contains("closed")) closed = j.at("closed").get<Date>();
  try {
    v = make_practice(code, as_string(j.at("name")), j.contains("postcode") ? as_string(j.at("postcode")) : std::string(),
                      j.contains("status") ? j.at("status").get<PracticeStatus>() : PracticeStatus::Active, opened, closed,
                      j.contains("setting") ? j.at("setting").get<PrescribingSetting>() : PrescribingSetting::GpPractice);
  } catch (const std::invalid_argument& e) {
    fail(j, e.what());
  }
  if (j.contains("national_grouping")) v.national_grouping = as_string(j.at("national_grouping"));
  if (j.contains("health_geography")) v.health_geography = as_string(j.at("health_geography"));
}

void to_json(Json& j, const OrganisationHierarchy& v) {
  j = Json{{"kind", "organisation-hierarchy"}, {"memberships", v.memberships()}, {"successions", v.successions()}};
}
void from_json(const Json& j, OrganisationHierarchy& v) {
  check_kind(j, "organisation-hierarchy");
  reject_unknown_keys(j, {"kind", "memberships", "successions"});
  // Memberships are replayed through add() (so overlaps are refused); successions are the
  // record of merges already applied to them.
  OrganisationHierarchy h;
  if (!j.contains("memberships")) fail(j, "\"memberships\" is required");
  std::vector<Membership> ms;
  std::vector<Succession> ss;
  {
    io::json_detail::JsonPathScope at(j.at("memberships"), "memberships");
    io::describe_json::read_value(j.at("memberships"), ms, std::numeric_limits<std::uint64_t>::max());
  }
  if (j.contains("successions")) {
    io::json_detail::JsonPathScope at(j.at("successions"), "successions");
    io::describe_json::read_value(j.at("successions"), ss, std::numeric_limits<std::uint64_t>::max());
  }
  for (std::size_t i = 0; i < ms.size(); ++i) {
    try {
      h.add(std::move(ms[i]));
    } catch (const std::invalid_argument& e) {
      fail(j.at("memberships")[i], e.what());
    }
  }
  for (std::size_t i = 0; i < ss.size(); ++i) {
    try {
      h.add_succession(ss[i]);
    } catch (const std::invalid_argument& e) {
      fail(j.at("successions")[i], e.what());
    }
  }
  v = std::move(h);
}

void to_json(Json& j, const AgeBand& v) { j = to_string(v); }
void from_json(const Json& j, AgeBand& v) {
  v = parse_string(j, [](const std::string& s) { return parse_age_band(s); });
}

void to_json(Json& j, const PopulationTable& t) {
  j = Json::object();
  j["kind"] = "population-table";
  j["ages"] = t.ages();
  j["sexes"] = t.sexes();
  if (!t.publication.empty()) j["publication"] = t.publication;
  if (t.extract_date.ok()) j["extract_date"] = t.extract_date;
  if (t.sub_icb_columns) j["sub_icb_columns"] = true;
  Json practices = Json::array();
  for (std::size_t i = 0; i < t.practices(); ++i) {
    Json p = Json{{"code", t.code(i)}};
    if (t.commissioner(i).ok()) p["commissioner"] = t.commissioner(i);
    if (!t.ons_commissioner(i).empty()) p["ons_commissioner"] = t.ons_commissioner(i);
    if (!t.postcode(i).empty()) p["postcode"] = t.postcode(i);
    for (const Sex s : t.sexes()) {
      const auto name = std::string(to_string(s));
      if (t.bins() == 0) {
        p[name] = t.total(i, s);
      } else {
        Json counts = Json::array();
        for (int b = 0; b < t.bins(); ++b) counts.push_back(t.count(i, s, b));
        p[name] = std::move(counts);
      }
    }
    practices.push_back(std::move(p));
  }
  j["practices"] = std::move(practices);
}

void from_json(const Json& j, PopulationTable& t) {
  check_kind(j, "population-table");
  reject_unknown_keys(j, {"kind", "ages", "sexes", "publication", "extract_date", "sub_icb_columns", "practices"});
  PopulationTable::Columns c;
  c.ages = j.at("ages").get<AgeResolution>();
  c.sexes = j.at("sexes").get<std::vector<Sex>>();
  const auto nb = static_cast<std::size_t>(bin_count(c.ages));
  c.totals.resize(c.sexes.size());
  c.counts.resize(c.sexes.size() * nb);
  const auto& ps = j.at("practices");
  io::json_detail::JsonPathScope at_practices(ps, "practices");
  if (!ps.is_array()) fail(ps, "expected an array of practices");
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const auto& p = ps[i];
    io::json_detail::JsonPathScope at(p, i);
    reject_unknown_keys(p, {"code", "commissioner", "ons_commissioner", "postcode", "male", "female", "persons"});
    PopulationTable::PracticeInfo info;
    info.code = parse_string(p.at("code"), [](const std::string& s) { return OdsCode(s, OdsKind::GpPractice); });
    if (p.contains("commissioner")) info.commissioner = p.at("commissioner").get<OdsCode>();
    if (p.contains("ons_commissioner")) info.ons_commissioner = as_string(p.at("ons_commissioner"));
    if (p.contains("postcode")) info.postcode = as_string(p.at("postcode"));
    for (std::size_t s = 0; s < c.sexes.size(); ++s) {
      const auto name = std::string(to_string(c.sexes[s]));
      if (!p.contains(name)) fail(p, fmt::format("practice {} has no {} counts", info.code.str(), name));
      const auto& v = p.at(name);
      if (nb == 0) {
        if (!v.is_number_unsigned()) fail(v, "expected a whole number of patients");
        try {
          c.totals[s].push_back(gsl::narrow<std::uint32_t>(v.get<std::uint64_t>()));  // get<uint32_t>() would wrap
        } catch (const gsl::narrowing_error&) {
          fail(v, "more patients than any practice has");
        }
        continue;
      }
      if (!v.is_array() || v.size() != nb) fail(v, fmt::format("expected {} counts, one per age bin", nb));
      std::uint64_t sum = 0;
      for (std::size_t b = 0; b < nb; ++b) {
        if (!v[b].is_number_unsigned()) fail(v[b], "expected a whole number of patients");
        std::uint32_t n{};
        try {
          n = gsl::narrow<std::uint32_t>(v[b].get<std::uint64_t>());
        } catch (const gsl::narrowing_error&) {
          fail(v[b], "expected a whole number of patients");
        }
        c.counts[s * nb + b].push_back(n);
        sum += n;
      }
      try {
        c.totals[s].push_back(gsl::narrow<std::uint32_t>(sum));
      } catch (const gsl::narrowing_error&) {
        fail(v, "more patients than any practice has");
      }
    }
    c.practices.push_back(std::move(info));
  }
  try {
    t = PopulationTable::from_columns(std::move(c));
  } catch (const std::invalid_argument& e) {
    fail(j, e.what());
  }
  if (j.contains("publication")) t.publication = as_string(j.at("publication"));
  if (j.contains("extract_date")) t.extract_date = j.at("extract_date").get<Date>();
  if (j.contains("sub_icb_columns")) t.sub_icb_columns = j.at("sub_icb_columns").get<bool>();
}


void to_json(Json& j, const AgeSexWeights& v) {
  j = Json{{"kind", "age-sex-weights"}, {"source", v.source()}, {"bands", v.bands()}};
}
void from_json(const Json& j, AgeSexWeights& v) {
  check_kind(j, "age-sex-weights");
  reject_unknown_keys(j, {"kind", "source", "bands"});
  try {
    v = AgeSexWeights(as_string(j.at("source")), j.at("bands").get<std::vector<WeightBand>>());
  } catch (const std::invalid_argument& e) {
    fail(j, e.what());
  }
}

void to_json(Json& j, const SitePractice& v) {
  j = Json{{"name", v.name}, {"population", v.population}, {"engagement", v.engagement}};
}
void from_json(const Json& j, SitePractice& v) {
  reject_unknown_keys(j, {"name", "population", "engagement"});
  const auto population = io::json_detail::whole_number<std::int64_t>(j.at("population"), "patients");
  try {
    v = make_site_practice(as_string(j.at("name")), population,
                           j.contains("engagement") ? as_string(j.at("engagement")) : std::string());
  } catch (const std::invalid_argument& e) {
    fail(j, e.what());
  }
}

COMMISSIONING_JSON_FROM_FIELDS(Succession)
COMMISSIONING_JSON_FROM_FIELDS(StatedFigure)
COMMISSIONING_JSON_FROM_FIELDS(Site)
COMMISSIONING_JSON_FROM_FIELDS(PhaseTotal)
COMMISSIONING_JSON_FROM_FIELDS(SiteCoverage)

void to_json(Json& j, const GroupTotal& v) {
  j = Json{{"code", v.code}, {"practices", v.practices}, {"patients", v.patients}};
  if (v.male) j["male"] = *v.male;
  if (v.female) j["female"] = *v.female;
  if (v.weighted) j["weighted"] = *v.weighted;
}

}  // namespace commissioning
