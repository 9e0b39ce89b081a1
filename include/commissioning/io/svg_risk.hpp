#pragma once
// The 5×5 heat map of a register's open risks, as SVG (for a browser or a report) and as
// plain text (for a terminal). Cells are coloured by the register's banding policy and show
// how many risks sit there; risks scored only as a product are listed beside the matrix.
#include <string>

#include "commissioning/risk/register.hpp"

namespace commissioning::io {

std::string heat_map_svg(const RiskRegister& r);
std::string heat_map_text(const RiskRegister& r);

}  // namespace commissioning::io
