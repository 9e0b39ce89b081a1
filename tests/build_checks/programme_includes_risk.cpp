// Must compile: programme declares risk as a dependency (the control for the check above).
#include "commissioning/programme/programme.hpp"
#include "commissioning/risk/register.hpp"
