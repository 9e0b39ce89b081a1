#pragma once
// Non-intrusive Boost.Serialization of risk registers. The plain entities' archives come from
// their field tables (io/detail/fields_risk.hpp); levels, scales, scores and banding policies
// load through their checked constructors (levels 1–5, possible scores, valid banding), so an
// archive cannot build a register a program could not.
#include <stdexcept>
#include <string>

#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_risk.hpp"
#include "commissioning/io/detail/serialize_core.hpp"
#include "commissioning/risk/banding.hpp"
#include "commissioning/risk/entry.hpp"
#include "commissioning/risk/register.hpp"
#include "commissioning/risk/scale.hpp"
#include "commissioning/risk/score.hpp"

namespace commissioning::io::archive_detail {
// An optional enum travels as an optional integer, range-checked on load.
template <class Ar, class E>
void optional_enum_field(Ar& ar, const char* name, std::optional<E>& e, E last) {
  std::optional<std::int32_t> raw;
  if (e) raw = static_cast<std::int32_t>(*e);
  field(ar, name, raw);
  if constexpr (Ar::is_loading::value) {
    e.reset();
    if (raw) {
      if (*raw < 0 || *raw > static_cast<std::int32_t>(last))
        throw std::runtime_error(std::string("archive holds an unknown value for ") + name);
      e = static_cast<E>(*raw);
    }
  }
}
}  // namespace commissioning::io::archive_detail

namespace boost::serialization {

template <class Ar, class Tag>
void serialize(Ar& ar, commissioning::ScaleLevel<Tag>& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::ScaleLevel<Tag>>(version);
  std::int32_t level = v.ok() ? v.value() : 0;  // 0: empty
  ar& make_nvp("level", level);
  if constexpr (Ar::is_loading::value) v = level == 0 ? commissioning::ScaleLevel<Tag>{} : commissioning::ScaleLevel<Tag>{level};
}

template <class Ar>
void serialize(Ar& ar, commissioning::RiskScale& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::RiskScale>(version);
  std::vector<commissioning::LevelWording> levels(v.levels().begin(), v.levels().end());
  field(ar, "levels", levels);
  if constexpr (Ar::is_loading::value) v = commissioning::RiskScale{std::move(levels)};
}

template <class Ar>
void serialize(Ar& ar, commissioning::RiskScore& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::RiskScore>(version);
  bool score_only = v.is_score_only();
  std::int32_t score = v.value();
  std::int32_t p = v.probability() ? v.probability()->value() : 0;
  std::int32_t i = v.impact() ? v.impact()->value() : 0;
  field(ar, "score_only", score_only);
  ar& make_nvp("score", score);
  ar& make_nvp("probability", p);
  ar& make_nvp("impact", i);
  if constexpr (Ar::is_loading::value) {
    if (score_only) {
      v = commissioning::RiskScore::score_only(score);
    } else {
      v = commissioning::RiskScore{commissioning::Probability{p}, commissioning::Impact{i}};
      if (v.value() != score) throw std::runtime_error("archive holds a score that is not probability × impact");
    }
  }
}

template <class Ar>
void serialize(Ar& ar, commissioning::BandingPolicy& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::BandingPolicy>(version);
  std::string name = v.name();
  std::vector<commissioning::Band> bands = v.bands();
  field(ar, "name", name);
  field(ar, "bands", bands);
  if constexpr (Ar::is_loading::value) v = commissioning::BandingPolicy{std::move(name), std::move(bands)};
}

// The register's fields come from its table; the appetite is checked after loading.
template <class Ar>
void serialize(Ar& ar, commissioning::RiskRegister& v, const unsigned int version) {
  commissioning::io::archive_detail::serialize_described(ar, v, version);
  if constexpr (Ar::is_loading::value)
    if (v.appetite && (*v.appetite < 1 || *v.appetite > 25)) throw std::runtime_error("archive holds an appetite outside 1–25");
}

}  // namespace boost::serialization

BOOST_CLASS_VERSION(commissioning::Probability, 1)
BOOST_CLASS_VERSION(commissioning::Impact, 1)
BOOST_CLASS_VERSION(commissioning::RiskScale, 1)
BOOST_CLASS_VERSION(commissioning::RiskScore, 1)
BOOST_CLASS_VERSION(commissioning::BandingPolicy, 1)
