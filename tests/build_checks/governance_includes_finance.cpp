// Must NOT compile: governance does not depend on finance, so its include view has no
// commissioning/finance. tests/CMakeLists.txt expects this build to fail on that include.
#include "commissioning/finance/budget.hpp"
#include "commissioning/governance/meeting.hpp"
