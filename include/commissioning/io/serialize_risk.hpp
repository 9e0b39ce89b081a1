#pragma once
// Non-intrusive Boost.Serialization of risk registers. Loading goes through the checked
// constructors (levels 1–5, possible scores, valid banding), so an archive cannot build a
// register a program could not.
#include <stdexcept>
#include <string>

#include "commissioning/io/serialize_core.hpp"
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
void serialize(Ar& ar, commissioning::LevelWording& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::LevelWording>(version);
  field(ar, "label", v.label);
  field(ar, "description", v.description);
}

template <class Ar>
void serialize(Ar& ar, commissioning::RiskScale& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::RiskScale>(version);
  std::vector<commissioning::LevelWording> levels(v.levels().begin(), v.levels().end());
  field(ar, "levels", levels);
  if constexpr (Ar::is_loading::value) v = commissioning::RiskScale{std::move(levels)};
}

template <class Ar>
void serialize(Ar& ar, commissioning::RiskScoringKey& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::RiskScoringKey>(version);
  field(ar, "name", v.name);
  field(ar, "probability", v.probability);
  field(ar, "impact", v.impact);
}

template <class Ar>
void serialize(Ar& ar, commissioning::RiskScore& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::RiskScore>(version);
  bool score_only = v.is_score_only();
  std::int32_t score = v.value();
  std::int32_t p = v.probability() ? v.probability()->value() : 0;
  std::int32_t i = v.impact() ? v.impact()->value() : 0;
  ar& make_nvp("score_only", score_only);
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
void serialize(Ar& ar, commissioning::Band& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::Band>(version);
  field(ar, "name", v.name);
  std::int32_t lowest = v.lowest, highest = v.highest;
  ar& make_nvp("lowest", lowest);
  ar& make_nvp("highest", highest);
  v.lowest = lowest;
  v.highest = highest;
  field(ar, "colour", v.colour);
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

template <class Ar>
void serialize(Ar& ar, commissioning::RiskAction& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::RiskAction>(version);
  field(ar, "description", v.description);
  field(ar, "owner", v.owner);
  field(ar, "due", v.due);
  ar& make_nvp("done", v.done);
}

template <class Ar>
void serialize(Ar& ar, commissioning::ScoreRecord& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::ScoreRecord>(version);
  field(ar, "date", v.date);
  field(ar, "score", v.score);
  field(ar, "note", v.note);
}

template <class Ar>
void serialize(Ar& ar, commissioning::RiskEntry& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::RiskEntry>(version);
  field(ar, "id", v.id);
  field(ar, "title", v.title);
  field(ar, "description", v.description);
  field(ar, "cause", v.cause);
  field(ar, "event", v.event);
  field(ar, "effect", v.effect);
  field(ar, "category", v.category);
  field(ar, "owner", v.owner);
  field(ar, "raised", v.raised);
  field(ar, "inherent", v.inherent);
  field(ar, "current", v.current);
  field(ar, "target", v.target);
  field(ar, "controls", v.controls);
  field(ar, "actions", v.actions);
  enum_field(ar, "status", v.status, commissioning::RiskStatus::Escalated);
  field(ar, "status_reason", v.status_reason);
  field(ar, "status_date", v.status_date);
  field(ar, "review_date", v.review_date);
  field(ar, "history", v.history);
  field(ar, "source", v.source);
}

template <class Ar>
void serialize(Ar& ar, commissioning::RiskRegister& v, unsigned version) {
  commissioning::io::archive_detail::check_version<commissioning::RiskRegister>(version);
  field(ar, "name", v.name);
  enum_field(ar, "scope", v.scope, commissioning::RegisterScope::Programme);
  field(ar, "held_by", v.held_by);
  field(ar, "as_of", v.as_of);
  field(ar, "scoring_key", v.scoring_key);
  field(ar, "banding", v.banding);
  std::optional<std::int32_t> appetite;
  if (v.appetite) appetite = *v.appetite;
  field(ar, "appetite", appetite);
  if constexpr (Ar::is_loading::value) {
    if (appetite && (*appetite < 1 || *appetite > 25)) throw std::runtime_error("archive holds an appetite outside 1–25");
    v.appetite.reset();
    if (appetite) v.appetite = *appetite;
  }
  field(ar, "entries", v.entries);
  field(ar, "source", v.source);
}

}  // namespace boost::serialization

BOOST_CLASS_VERSION(commissioning::Probability, 1)
BOOST_CLASS_VERSION(commissioning::Impact, 1)
BOOST_CLASS_VERSION(commissioning::LevelWording, 1)
BOOST_CLASS_VERSION(commissioning::RiskScale, 1)
BOOST_CLASS_VERSION(commissioning::RiskScoringKey, 1)
BOOST_CLASS_VERSION(commissioning::RiskScore, 1)
BOOST_CLASS_VERSION(commissioning::Band, 1)
BOOST_CLASS_VERSION(commissioning::BandingPolicy, 1)
BOOST_CLASS_VERSION(commissioning::RiskAction, 1)
BOOST_CLASS_VERSION(commissioning::ScoreRecord, 1)
BOOST_CLASS_VERSION(commissioning::RiskEntry, 1)
BOOST_CLASS_VERSION(commissioning::RiskRegister, 1)
