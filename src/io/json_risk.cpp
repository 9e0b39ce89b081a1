#include "commissioning/io/json_risk.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "commissioning/io/detail/json_fields.hpp"
#include "commissioning/io/detail/describe_json.hpp"
#include "commissioning/io/detail/fields_risk.hpp"

namespace commissioning {

using io::Json;
using io::json_detail::fail;
using io::json_detail::read;
using io::json_detail::read_int;
using io::json_detail::reject_unknown_keys;

namespace io::json_detail {
int read_int(const Json& j, int lo, int hi, std::string_view what) {
  if (!j.is_number_integer()) fail(j, fmt::format("{}: expected a whole number {}–{}, found {}", what, lo, hi, j.dump()));
  const auto v = whole_number<std::int64_t>(j, what);
  if (v < lo || v > hi) fail(j, fmt::format("{} {} is outside {}–{}", what, v, lo, hi));
  return static_cast<int>(v);
}
}  // namespace io::json_detail

// An empty level (value policy [default]) is null.
void to_json(Json& j, const Probability& v) { j = v.ok() ? Json(v.value()) : Json(nullptr); }
void from_json(const Json& j, Probability& v) { v = j.is_null() ? Probability{} : Probability{read_int(j, 1, 5, "probability")}; }
void to_json(Json& j, const Impact& v) { j = v.ok() ? Json(v.value()) : Json(nullptr); }
void from_json(const Json& j, Impact& v) { v = j.is_null() ? Impact{} : Impact{read_int(j, 1, 5, "impact")}; }

COMMISSIONING_JSON_FROM_FIELDS(LevelWording)

void to_json(Json& j, const RiskScale& v) { j = v.levels(); }
void from_json(const Json& j, RiskScale& v) {
  if (!j.is_array() || j.size() != 5) fail(j, "a risk scale is an array of exactly 5 levels, level 1 first");
  try {
    v = RiskScale{j.get<std::vector<LevelWording>>()};
  } catch (const std::invalid_argument& e) {
    fail(j, e.what());
  }
}

COMMISSIONING_JSON_FROM_FIELDS(RiskScoringKey)

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

COMMISSIONING_JSON_FROM_FIELDS(Band)

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

COMMISSIONING_JSON_FROM_SPELLINGS(RiskStatus)
COMMISSIONING_JSON_FROM_SPELLINGS(RegisterScope)
COMMISSIONING_JSON_FROM_FIELDS(RiskAction)
COMMISSIONING_JSON_FROM_FIELDS(RiskEntry)

void to_json(Json& j, const ScoreRecord& v) { io::describe_json::write_object(j, v); }
void from_json(const Json& j, ScoreRecord& v) {
  io::describe_json::read_object(j, v);
  if (!v.date.ok()) fail(j.at("date"), "a score record needs a date");
}

void to_json(Json& j, const RiskRegister& v) { io::describe_json::write_object(j, v); }
void from_json(const Json& j, RiskRegister& v) {
  io::describe_json::read_object(j, v);
  if (v.appetite && *v.appetite < 1) fail(j.at("appetite"), fmt::format("appetite {} is outside 1–25", *v.appetite));
}

}  // namespace commissioning
