#pragma once
// The population area's plain aggregates, listed once (see io/describe.hpp). The order is the
// archive layout. Types with invariants keep their adapters in io/detail/serialize_population.hpp
// and src/io/json_population.cpp: Practice, SitePractice and AgeSexWeights (checked
// construction), OrganisationHierarchy (replayed through add()), AgeBand (a string in JSON),
// PopulationTable (columns).
#include "commissioning/io/describe.hpp"
#include "commissioning/population/hierarchy.hpp"
#include "commissioning/population/site_populations.hpp"
#include "commissioning/population/weights.hpp"

COMMISSIONING_FIELDS(commissioning::Membership,
  field("child", &S::child).required(),
  field("parent", &S::parent).required(),
  field("level", &S::parent_level).required(),
  field("joined", &S::joined).required(),
  field("left", &S::left))

COMMISSIONING_FIELDS(commissioning::WeightBand,
  field("sex", &S::sex).required(),
  field("ages", &S::ages).required(),
  field("weight", &S::weight).required())

COMMISSIONING_FIELDS(commissioning::Succession,
  field("predecessor", &S::predecessor).required(),
  field("successor", &S::successor).required(),
  field("effective", &S::effective).required())

COMMISSIONING_FIELDS(commissioning::StatedFigure,
  field("value", &S::value).required(),
  field("verbatim", &S::verbatim),
  field("evidence", &S::evidence))

COMMISSIONING_FIELDS(commissioning::Site,
  field("name", &S::name).required(),
  field("phase", &S::phase),
  field("stated_totals", &S::stated_totals),
  field("practices", &S::practices).required())

COMMISSIONING_FIELDS(commissioning::PhaseTotal,
  field("phases", &S::phases).required(),
  field("stated", &S::stated).required())

COMMISSIONING_FIELDS(commissioning::SiteCoverage,
  field("title", &S::title),
  field("sites", &S::sites).required(),
  field("phase_totals", &S::phase_totals))
