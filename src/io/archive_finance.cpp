// Archive instantiations for the finance documents and entities.
#include "commissioning/io/detail/archive_impl.hpp"
#include "commissioning/io/detail/serialize_finance.hpp"

COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::BudgetLine)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::BudgetSection)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::NarrativeFigure)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::BudgetReport)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::PositionTable)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::AmountTable)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::AfcBand)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::StaffingLine)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::StaffingTable)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::PopulationFigure)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::FundingStream)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::finance::Allocation)
