// Archive instantiations for the population area.
#include "commissioning/io/detail/archive_impl.hpp"
#include "commissioning/io/detail/serialize_population.hpp"

COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Practice)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Membership)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Succession)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::OrganisationHierarchy)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::AgeBand)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::WeightBand)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::AgeSexWeights)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::PopulationTable)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::SiteCoverage)
