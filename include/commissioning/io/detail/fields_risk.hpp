#pragma once
// The risk entities' fields, listed once (see io/describe.hpp). The order is the archive
// layout. Levels, scales, scores and banding policies keep their checked constructors and
// hand-written forms (io/json_risk.hpp, io/detail/serialize_risk.hpp).
#include "commissioning/io/describe.hpp"
#include "commissioning/risk/banding.hpp"
#include "commissioning/risk/entry.hpp"
#include "commissioning/risk/register.hpp"
#include "commissioning/risk/scale.hpp"

COMMISSIONING_FIELDS(commissioning::LevelWording,
  field("label", &S::label).required(),
  field("description", &S::description))

COMMISSIONING_FIELDS(commissioning::RiskScoringKey,
  field("name", &S::name),
  field("probability", &S::probability).required(),
  field("impact", &S::impact).required())

// Bands are checked as a whole (1–25, no gaps or overlaps) by BandingPolicy.
COMMISSIONING_FIELDS(commissioning::Band,
  field("name", &S::name).required(),
  field("from", &S::lowest).required().at_most(25),
  field("to", &S::highest).required().at_most(25),
  field("colour", &S::colour).required())

COMMISSIONING_FIELDS(commissioning::RiskAction,
  field("description", &S::description).required(),
  field("owner", &S::owner),
  field("due", &S::due),
  field("done", &S::done))

// Reading also checks that the date is given (io/json_risk.cpp).
COMMISSIONING_FIELDS(commissioning::ScoreRecord,
  field("date", &S::date).required(),
  field("score", &S::score).required(),
  field("note", &S::note))

COMMISSIONING_FIELDS(commissioning::RiskEntry,
  field("id", &S::id).non_empty(),
  field("title", &S::title),
  field("description", &S::description),
  field("cause", &S::cause),
  field("event", &S::event),
  field("effect", &S::effect),
  field("category", &S::category),
  field("owner", &S::owner),
  field("raised", &S::raised),
  field("inherent", &S::inherent),
  field("current", &S::current),
  field("target", &S::target),
  field("controls", &S::controls),
  field("actions", &S::actions),
  field("status", &S::status),
  field("status_reason", &S::status_reason),
  field("status_date", &S::status_date),
  field("review_date", &S::review_date),
  field("history", &S::history),
  field("source", &S::source))

// Reading also checks the appetite is 1–25 (io/json_risk.cpp, io/detail/serialize_risk.hpp).
COMMISSIONING_DOCUMENT_FIELDS(commissioning::RiskRegister, "risk-register",
  field("name", &S::name).required(),
  field("scope", &S::scope),
  field("held_by", &S::held_by),
  field("as_of", &S::as_of),
  field("scoring_key", &S::scoring_key),
  field("banding", &S::banding),
  field("appetite", &S::appetite).at_most(25),
  field("entries", &S::entries),
  field("source", &S::source))
