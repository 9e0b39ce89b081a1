#pragma once
// JSON for risk registers. A score is {"probability": 3, "impact": 4}, or {"score_only": 12}
// where a document gives only the product; levels are integers 1–5. Unknown fields are errors.
#include "commissioning/io/json_core.hpp"
#include "commissioning/risk/banding.hpp"
#include "commissioning/risk/entry.hpp"
#include "commissioning/risk/register.hpp"
#include "commissioning/risk/scale.hpp"
#include "commissioning/risk/score.hpp"

namespace commissioning {

COMMISSIONING_JSON_DECLARE(Probability)
COMMISSIONING_JSON_DECLARE(Impact)
COMMISSIONING_JSON_DECLARE(LevelWording)
COMMISSIONING_JSON_DECLARE(RiskScale)
COMMISSIONING_JSON_DECLARE(RiskScoringKey)
COMMISSIONING_JSON_DECLARE(RiskScore)
COMMISSIONING_JSON_DECLARE(Band)
COMMISSIONING_JSON_DECLARE(BandingPolicy)
COMMISSIONING_JSON_DECLARE(RiskStatus)
COMMISSIONING_JSON_DECLARE(RiskAction)
COMMISSIONING_JSON_DECLARE(ScoreRecord)
COMMISSIONING_JSON_DECLARE(RiskEntry)
COMMISSIONING_JSON_DECLARE(RegisterScope)
COMMISSIONING_JSON_DECLARE(RiskRegister)

}  // namespace commissioning
