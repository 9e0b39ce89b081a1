// Format stability for the documents of every area, built from the seed fixtures: the golden
// files under tests/io/golden/<area>/ were written by version 0.1 and must keep loading to
// equal values. Also: each document survives JSON → binary → XML → text → JSON.
#include <catch2/catch.hpp>

#include "commissioning/fixtures/finance_seed.hpp"
#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/fixtures/pccc_2018.hpp"
#include "commissioning/fixtures/programme_seeds.hpp"
#include "commissioning/fixtures/site_populations.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/json_governance.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/json_finance.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
#include "golden.hpp"
#include "roundtrip.hpp"

using namespace commissioning;
using test_support::check_golden;
using test_support::through_every_format;

TEST_CASE("finance documents written by version 0.1 still load") {
  check_golden("stoke_delegated_m2", fixtures::seed000_stoke_delegated(), "finance");
  check_golden("wider_position_m2", fixtures::seed000_wider_position(), "finance");
  check_golden("reserves_2018_19", fixtures::seed000_reserves_2018_19(), "finance");
  check_golden("social_prescribing_staffing", fixtures::seed000_social_prescribing_staffing(), "finance");
  check_golden("luton_funding_streams", fixtures::seed003_luton_funding_streams(), "finance");
}

TEST_CASE("risk and programme documents written by version 0.1 still load") {
  check_golden("gpfv_risks_june_2018", fixtures::staffordshire_gpfv_risks(), "risk");
  check_golden("gpfv_scoring_key", fixtures::staffordshire_gpfv_scoring_key(), "risk");
  check_golden("gpfv_june_2018", fixtures::staffordshire_gpfv_june_2018(), "programme");
  check_golden("dorset", fixtures::dorset_programme(), "programme");
  check_golden("wolverhampton", fixtures::wolverhampton_programme(), "programme");
}

TEST_CASE("governance and population documents written by version 0.1 still load") {
  check_golden("pccc_pack_2018", fixtures::pccc_pack_2018(), "governance");
  fixtures::SyntheticOptions small;
  small.seed = 11;
  small.practices = 12;
  check_golden("synthetic_table_12", fixtures::synthetic_population(small), "population");
  check_golden("synthetic_hierarchy_12", fixtures::synthetic_hierarchy(small), "population");
  check_golden("illustrative_weights", fixtures::illustrative_weights(), "population");
  check_golden("social_prescribing_sites", fixtures::social_prescribing_sites(), "population");
}

TEST_CASE("every seed document survives JSON, binary, XML, text and JSON again") {
  for (const auto& report : fixtures::seed000_month2_appendices()) CHECK(through_every_format(report) == report);
  CHECK(through_every_format(fixtures::seed000_wider_position()) == fixtures::seed000_wider_position());
  CHECK(through_every_format(fixtures::seed003_luton_funding_streams()) == fixtures::seed003_luton_funding_streams());
  CHECK(through_every_format(fixtures::staffordshire_gpfv_june_2018()) == fixtures::staffordshire_gpfv_june_2018());
  CHECK(through_every_format(fixtures::wolverhampton_programme()) == fixtures::wolverhampton_programme());
  CHECK(through_every_format(fixtures::pccc_pack_2018()) == fixtures::pccc_pack_2018());
  fixtures::SyntheticOptions small;
  small.practices = 30;
  CHECK(through_every_format(fixtures::synthetic_population(small)) == fixtures::synthetic_population(small));
  CHECK(through_every_format(fixtures::synthetic_hierarchy(small)) == fixtures::synthetic_hierarchy(small));
}

// Written after enums moved to their spellings in archives (class version 2 of the converted
// types): pins that layout as the 0.1 files above pin the first.
TEST_CASE("documents archived with enum spellings (class version 2) keep loading") {
  check_golden("pccc_pack_2018", fixtures::pccc_pack_2018(), "spellings/governance");
  check_golden("gpfv_risks_june_2018", fixtures::staffordshire_gpfv_risks(), "spellings/risk");
  check_golden("gpfv_june_2018", fixtures::staffordshire_gpfv_june_2018(), "spellings/programme");
  check_golden("stoke_delegated_m2", fixtures::seed000_stoke_delegated(), "spellings/finance");
  check_golden("social_prescribing_staffing", fixtures::seed000_social_prescribing_staffing(), "spellings/finance");
  check_golden("luton_funding_streams", fixtures::seed003_luton_funding_streams(), "spellings/finance");
  fixtures::SyntheticOptions small;
  small.seed = 11;
  small.practices = 12;
  check_golden("synthetic_table_12", fixtures::synthetic_population(small), "spellings/population");
  check_golden("synthetic_hierarchy_12", fixtures::synthetic_hierarchy(small), "spellings/population");
  check_golden("illustrative_weights", fixtures::illustrative_weights(), "spellings/population");
}

// Written after the finance tables moved to their field tables (class version 2 of budget
// lines, sections and reports, position and money tables and Agenda for Change bands: enums
// by spelling): pins that layout beside the files above.
TEST_CASE("finance tables archived from their field tables (class version 2) keep loading") {
  check_golden("stoke_delegated_m2", fixtures::seed000_stoke_delegated(), "spellings/finance/tables");
  check_golden("wider_position_m2", fixtures::seed000_wider_position(), "spellings/finance/tables");
  check_golden("reserves_2018_19", fixtures::seed000_reserves_2018_19(), "spellings/finance/tables");
  check_golden("budget_planner_2018_19", fixtures::seed000_budget_planner_2018_19(), "spellings/finance/tables");
  check_golden("social_prescribing_staffing", fixtures::seed000_social_prescribing_staffing(), "spellings/finance/tables");
}

// Written when the last governance and programme entities (Attendance, AgendaItem, Action,
// Milestone, Target) moved to field tables (class version 2: enums by spelling).
TEST_CASE("governance and programme entities archived from their field tables (class version 2) keep loading") {
  check_golden("pccc_pack_2018_described", fixtures::pccc_pack_2018(), "spellings/governance");
  check_golden("dorset", fixtures::dorset_programme(), "spellings/programme");
}
