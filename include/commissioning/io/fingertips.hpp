#pragma once
// The Fingertips practice indicator export (public practice-level indicators, such as the IMD
// 2019 deprivation score). Joining it to a population is analysis: population/indicators.hpp.
#include <string>

#include "commissioning/io/source.hpp"
#include "commissioning/population/indicators.hpp"

namespace commissioning::io {

// The practice rows (Area Type "GP") of a Fingertips export, keyed by practice code. Rows of
// other area types (England, CCG …) are counted, not kept. Throws LoadError naming the line.
IndicatorExport read_fingertips(ByteSource& in, const std::string& source);

}  // namespace commissioning::io
