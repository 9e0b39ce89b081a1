#pragma once
// JSON for the population area. A PopulationTable is written practice by practice (each with
// its totals and, where the table has ages, one array of counts per sex) so that other tools
// read it without knowing the column layout; loading rebuilds the columns through the same
// checks as any other caller.
#include "commissioning/io/json.hpp"
#include "commissioning/io/json_core.hpp"
#include "commissioning/population/aggregate.hpp"
#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/population_table.hpp"
#include "commissioning/population/practice.hpp"
#include "commissioning/population/site_populations.hpp"
#include "commissioning/population/weights.hpp"

namespace commissioning {

COMMISSIONING_JSON_DECLARE(PracticeStatus)
COMMISSIONING_JSON_DECLARE(PrescribingSetting)
COMMISSIONING_JSON_DECLARE(Practice)
COMMISSIONING_JSON_DECLARE(OrgLevel)
COMMISSIONING_JSON_DECLARE(Membership)
COMMISSIONING_JSON_DECLARE(Succession)
COMMISSIONING_JSON_DECLARE(OrganisationHierarchy)
COMMISSIONING_JSON_DECLARE(Sex)
COMMISSIONING_JSON_DECLARE(AgeResolution)
COMMISSIONING_JSON_DECLARE(AgeBand)
COMMISSIONING_JSON_DECLARE(PopulationTable)
COMMISSIONING_JSON_DECLARE(WeightBand)
COMMISSIONING_JSON_DECLARE(AgeSexWeights)
COMMISSIONING_JSON_DECLARE(StatedFigure)
COMMISSIONING_JSON_DECLARE(SitePractice)
COMMISSIONING_JSON_DECLARE(Site)
COMMISSIONING_JSON_DECLARE(PhaseTotal)
COMMISSIONING_JSON_DECLARE(SiteCoverage)
void to_json(io::Json& j, const GroupTotal& v);

}  // namespace commissioning
