#pragma once
// The core aggregates' fields, listed once (see io/describe.hpp). The order is the archive
// layout. Value types with invariants (Money, Date, ReportedAmount, PersonName's string
// shorthand, ...) keep their own adapters in io/detail/serialize_core.hpp and src/io/json_core.cpp.
#include "commissioning/core/date.hpp"
#include "commissioning/core/time_of_day.hpp"
#include "commissioning/io/describe.hpp"

COMMISSIONING_FIELDS(commissioning::WrittenDate,
  field("date", &S::date).required(),
  field("stated_weekday", &S::stated_weekday),
  field("year_from_context", &S::year_from_context),
  field("verbatim", &S::verbatim).required())

COMMISSIONING_FIELDS(commissioning::TimeRange,
  field("start", &S::start).required(),
  field("end", &S::end).required())
