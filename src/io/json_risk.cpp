#include "commissioning/io/json_risk.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/io/json_fields.hpp"

namespace commissioning {

using io::Json;
using io::json_detail::as_string;
using io::json_detail::fail;
using io::json_detail::parse_string;
using io::json_detail::read;
using io::json_detail::read_int;
using io::json_detail::reject_unknown_keys;
using io::json_detail::write;

namespace io::json_detail {
int read_int(const Json& j, int lo, int hi, std::string_view what) {
  if (!j.is_number_integer()) fail(j, fmt::format("{}: expected a whole number {}–{}, found {}", what, lo, hi, j.dump()));
  const auto v = j.get<std::int64_t>();
  if (v < lo || v > hi) fail(j, fmt::format("{} {} is outside {}–{}", what, v, lo, hi));
  return static_cast<int>(v);
}
}  // namespace io::json_detail

// An empty level (value policy [default]) is null.
void to_json(Json& j, const Probability& v) { j = v.ok() ? Json(v.value()) : Json(nullptr); }
void from_json(const Json& j, Probability& v) { v = j.is_null() ? Probability{} : Probability{read_int(j, 1, 5, "probability")}; }
void to_json(Json& j, const Impact& v) { j = v.ok() ? Json(v.value()) : Json(nullptr); }
void from_json(const Json& j, Impact& v) { v = j.is_null() ? Impact{} : Impact{read_int(j, 1, 5, "impact")}; }

void to_json(Json& j, const LevelWording& v) {
  j = Json{{"label", v.label}};
  write(j, "description", v.description);
}
void from_json(const Json& j, LevelWording& v) {
  reject_unknown_keys(j, {"label", "description"});
  v = LevelWording{};
  v.label = as_string(j.at("label"));
  read(j, "description", v.description);
}

void to_json(Json& j, const RiskScale& v) { j = v.levels(); }
void from_json(const Json& j, RiskScale& v) {
  if (!j.is_array() || j.size() != 5) fail(j, "a risk scale is an array of exactly 5 levels, level 1 first");
  try {
    v = RiskScale{j.get<std::vector<LevelWording>>()};
  } catch (const std::invalid_argument& e) {
    fail(j, e.what());
  }
}

void to_json(Json& j, const RiskScoringKey& v) { j = Json{{"name", v.name}, {"probability", v.probability}, {"impact", v.impact}}; }
void from_json(const Json& j, RiskScoringKey& v) {
  reject_unknown_keys(j, {"name", "probability", "impact"});
  v = RiskScoringKey{};
  read(j, "name", v.name);
  v.probability = j.at("probability").get<RiskScale>();
  v.impact = j.at("impact").get<RiskScale>();
}

void to_json(Json& j, const RiskScore& v) {
  if (v.is_score_only()) j = Json{{"score_only", v.value()}};
  else j = Json{{"probability", *v.probability()}, {"impact", *v.impact()}};
}
void from_json(const Json& j, RiskScore& v) {
  reject_unknown_keys(j, {"probability", "impact", "score_only"});
  if (j.contains("score_only")) {
    if (j.contains("probability") || j.contains("impact"))
      fail(j, "give either probability and impact, or score_only, not both");
    const auto& s = j.at("score_only");
    const int n = read_int(s, 0, 1000, "score");
    try {
      v = RiskScore::score_only(n);
    } catch (const std::invalid_argument& e) {
      fail(s, e.what());
    }
    return;
  }
  if (!j.contains("probability") || !j.contains("impact"))
    fail(j, "a risk score needs probability and impact (1–5 each), or score_only");
  // Both levels are required here: null (an empty level) is not a score.
  v = RiskScore{Probability{read_int(j.at("probability"), 1, 5, "probability")},
                Impact{read_int(j.at("impact"), 1, 5, "impact")}};
}

void to_json(Json& j, const Band& v) { j = Json{{"name", v.name}, {"from", v.lowest}, {"to", v.highest}, {"colour", v.colour}}; }
void from_json(const Json& j, Band& v) {
  reject_unknown_keys(j, {"name", "from", "to", "colour"});
  v = Band{};
  v.name = as_string(j.at("name"));
  v.lowest = read_int(j.at("from"), 1, 25, "band start");
  v.highest = read_int(j.at("to"), 1, 25, "band end");
  v.colour = as_string(j.at("colour"));
}

void to_json(Json& j, const BandingPolicy& v) { j = Json{{"name", v.name()}, {"bands", v.bands()}}; }
void from_json(const Json& j, BandingPolicy& v) {
  reject_unknown_keys(j, {"name", "bands"});
  std::string name;
  read(j, "name", name);
  std::vector<Band> bands;
  read(j, "bands", bands);
  try {
    v = BandingPolicy{std::move(name), std::move(bands)};
  } catch (const std::invalid_argument& e) {
    fail(j.contains("bands") ? j.at("bands") : j, e.what());
  }
}

void to_json(Json& j, const RiskStatus& v) { j = std::string(to_string(v)); }
void from_json(const Json& j, RiskStatus& v) { v = parse_string(j, [](const std::string& s) { return parse_risk_status(s); }); }

void to_json(Json& j, const RiskAction& v) {
  j = Json{{"description", v.description}};
  write(j, "owner", v.owner);
  write(j, "due", v.due);
  if (v.done) j["done"] = true;
}
void from_json(const Json& j, RiskAction& v) {
  reject_unknown_keys(j, {"description", "owner", "due", "done"});
  v = RiskAction{};
  v.description = as_string(j.at("description"));
  read(j, "owner", v.owner);
  read(j, "due", v.due);
  if (j.contains("done")) {
    if (!j.at("done").is_boolean()) fail(j.at("done"), "expected true or false");
    v.done = j.at("done").get<bool>();
  }
}

void to_json(Json& j, const ScoreRecord& v) {
  j = Json{{"date", v.date}, {"score", v.score}};
  write(j, "note", v.note);
}
void from_json(const Json& j, ScoreRecord& v) {
  reject_unknown_keys(j, {"date", "score", "note"});
  v = ScoreRecord{};
  v.date = j.at("date").get<Date>();
  if (!v.date.ok()) fail(j.at("date"), "a score record needs a date");
  v.score = j.at("score").get<RiskScore>();
  read(j, "note", v.note);
}

void to_json(Json& j, const RiskEntry& v) {
  j = Json{{"id", v.id}, {"status", v.status}};
  write(j, "title", v.title);
  write(j, "description", v.description);
  write(j, "cause", v.cause);
  write(j, "event", v.event);
  write(j, "effect", v.effect);
  write(j, "category", v.category);
  write(j, "owner", v.owner);
  write(j, "raised", v.raised);
  write(j, "inherent", v.inherent);
  write(j, "current", v.current);
  write(j, "target", v.target);
  write(j, "controls", v.controls);
  write(j, "actions", v.actions);
  write(j, "status_reason", v.status_reason);
  write(j, "status_date", v.status_date);
  write(j, "review_date", v.review_date);
  write(j, "history", v.history);
  write(j, "source", v.source);
}
void from_json(const Json& j, RiskEntry& v) {
  reject_unknown_keys(j, {"id", "title", "description", "cause", "event", "effect", "category", "owner", "raised", "inherent",
                          "current", "target", "controls", "actions", "status", "status_reason", "status_date", "review_date",
                          "history", "source"});
  v = RiskEntry{};
  v.id = as_string(j.at("id"));
  if (v.id.empty()) fail(j.at("id"), "a risk needs an id");
  read(j, "title", v.title);
  read(j, "description", v.description);
  read(j, "cause", v.cause);
  read(j, "event", v.event);
  read(j, "effect", v.effect);
  read(j, "category", v.category);
  read(j, "owner", v.owner);
  read(j, "raised", v.raised);
  read(j, "inherent", v.inherent);
  read(j, "current", v.current);
  read(j, "target", v.target);
  read(j, "controls", v.controls);
  read(j, "actions", v.actions);
  read(j, "status", v.status);
  read(j, "status_reason", v.status_reason);
  read(j, "status_date", v.status_date);
  read(j, "review_date", v.review_date);
  read(j, "history", v.history);
  read(j, "source", v.source);
}

void to_json(Json& j, const RegisterScope& v) { j = std::string(to_string(v)); }
void from_json(const Json& j, RegisterScope& v) { v = parse_string(j, [](const std::string& s) { return parse_register_scope(s); }); }

void to_json(Json& j, const RiskRegister& v) {
  j = Json{{"name", v.name}, {"scope", v.scope}, {"scoring_key", v.scoring_key}, {"banding", v.banding}, {"entries", v.entries}};
  write(j, "held_by", v.held_by);
  write(j, "as_of", v.as_of);
  write(j, "appetite", v.appetite);
  write(j, "source", v.source);
}
void from_json(const Json& j, RiskRegister& v) {
  reject_unknown_keys(j, {"name", "scope", "held_by", "as_of", "scoring_key", "banding", "appetite", "entries", "source"});
  v = RiskRegister{};
  v.name = as_string(j.at("name"));
  read(j, "scope", v.scope);
  read(j, "held_by", v.held_by);
  read(j, "as_of", v.as_of);
  read(j, "scoring_key", v.scoring_key);
  read(j, "banding", v.banding);
  if (j.contains("appetite")) v.appetite = read_int(j.at("appetite"), 1, 25, "appetite");
  read(j, "entries", v.entries);
  read(j, "source", v.source);
}

}  // namespace commissioning
