#pragma once
// The finance entities' fields, listed once (see io/describe.hpp). The order is the archive
// layout. Most finance values keep hand-written adapters: they are rebuilt through checked
// constructors, and their amounts are written in the table's unit or as printed text.
#include "commissioning/finance/funding.hpp"
#include "commissioning/io/describe.hpp"

COMMISSIONING_DOCUMENT_FIELDS(commissioning::finance::Allocation, "allocation",
  field("organisation", &S::organisation).non_empty(),
  field("title", &S::title),
  field("streams", &S::streams).required())
