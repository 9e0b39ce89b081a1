// Archive instantiations for the governance documents and the entities inside them.
#include "commissioning/io/detail/archive_impl.hpp"
#include "commissioning/io/detail/serialize_governance.hpp"

COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::MeetingPack)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Committee)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::ActionLog)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Meeting)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Organisation)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::QuorumRule)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Member)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Attendance)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::AttendanceGrid)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::DeclarationOfInterest)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::AgendaNumber)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::AgendaItem)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Paper)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::MinuteReference)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Resolution)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::MinuteAction)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Minute)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Action)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::Venue)
COMMISSIONING_ARCHIVE_INSTANTIATE(commissioning::governance::NextMeeting)
