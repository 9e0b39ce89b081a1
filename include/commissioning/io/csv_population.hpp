#pragma once
// The CSV formats of the population area, one header each:
// - io/registrations.hpp: NHS Digital "Patients Registered at a GP Practice" (read and write);
// - io/ods.hpp: ODS `epraccur` and the ODS practice membership layout;
// - io/fingertips.hpp: the Fingertips practice indicator export;
// - io/weights_csv.hpp: AgeSexWeights tables;
// - io/population_files.hpp: reading a file whatever its format (sniffed from its first bytes).
// All read through the one byte source (io/source.hpp), CSV record reader (io/csv.hpp) and
// findings sink (io/findings.hpp).
#include "commissioning/io/csv.hpp"
#include "commissioning/io/fingertips.hpp"
#include "commissioning/io/ods.hpp"
#include "commissioning/io/population_files.hpp"
#include "commissioning/io/registrations.hpp"
#include "commissioning/io/source.hpp"
#include "commissioning/io/weights_csv.hpp"
#include "commissioning/population/indicators.hpp"

namespace commissioning::io {
// The indicator types moved to the population area with their join; the old names stay.
using commissioning::IndicatorExport;
using commissioning::IndicatorJoin;
using commissioning::IndicatorValue;
using commissioning::join_indicator;
}  // namespace commissioning::io
