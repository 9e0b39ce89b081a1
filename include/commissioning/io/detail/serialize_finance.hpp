#pragma once
// Boost.Serialization of the finance types, all derived from their field tables
// (io/detail/fields_finance.hpp) by io/detail/describe_archive.hpp. Classes with invariants
// are stored as their parts and rebuilt through their checked constructors on loading, so an
// archive cannot hold a report a program could not.
#include "commissioning/io/detail/describe_archive.hpp"
#include "commissioning/io/detail/fields_finance.hpp"
#include "commissioning/io/detail/serialize_core.hpp"
