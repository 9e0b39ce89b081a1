// The value-type policy (include/commissioning/core/value_policy.hpp) for risk's ScaleLevel:
// Probability and Impact.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "commissioning/core/value_policy.hpp"
#include "commissioning/io/json_risk.hpp"
#include "commissioning/risk/scale.hpp"
#include "io/roundtrip.hpp"

using namespace commissioning;

static_assert(EmptyableValue<Probability>);
static_assert(EmptyableValue<Impact>);

TEMPLATE_TEST_CASE("[default] a default scale level is empty, equal to other empty levels and below level 1", "",
                   Probability, Impact) {
  CHECK_FALSE(TestType{}.ok());
  CHECK(TestType{} == TestType{});
  CHECK(TestType{} < TestType{1});
}

TEST_CASE("[numeric] a scale level is 1–5 or refused with std::invalid_argument naming the scale") {
  CHECK(Probability{5}.value() == 5);
  CHECK(Impact{1}.ok());
  CHECK_THROWS_AS(Probability{6}, std::invalid_argument);
  CHECK_THROWS_WITH(Probability{6}, Catch::Contains("probability 6"));
  CHECK_THROWS_WITH(Impact{0}, Catch::Contains("impact 0"));
}

TEST_CASE("[make] a scale level's non-throwing twin answers std::nullopt where the constructor throws") {
  CHECK(Probability::make(3) == Probability{3});
  CHECK_FALSE(Probability::make(0));
  CHECK_FALSE(Impact::make(6));
  static_assert(Impact::make(4)->value() == 4);
}

TEMPLATE_TEST_CASE("[default] an empty scale level survives JSON (as null) and every archive format", "", Probability,
                   Impact) {
  test_support::require_round_trips(TestType{});
  test_support::require_round_trips(TestType{3});
}
