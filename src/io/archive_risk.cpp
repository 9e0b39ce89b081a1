// Archive instantiations for risk registers and their parts.
#include "commissioning/io/detail/archive_impl.hpp"
#include "commissioning/io/detail/serialize_risk.hpp"

COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Probability)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Impact)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::RiskScale)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::RiskScoringKey)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::RiskScore)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::BandingPolicy)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::RiskAction)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::ScoreRecord)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::RiskEntry)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::RiskRegister)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::LevelWording)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Band)
