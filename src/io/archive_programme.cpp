// Archive instantiations for programme documents and their parts.
#include "commissioning/io/archive_impl.hpp"
#include "commissioning/io/serialize_programme.hpp"

COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::CalendarMonth)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::DueDate)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Milestone)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::MilestonePlan)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Workstream)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::HighlightReport)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Target)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::AssuranceStatus)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::Programme)
