// The umbrella header compiles on its own, first in its translation unit.
#include "commissioning/commissioning.hpp"

int main() { return commissioning::version.empty() ? 1 : 0; }
