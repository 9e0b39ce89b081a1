#pragma once
// JSON for the vocabulary types. Most are strings in the form the documents use
// ("£1,427,000.00", "2018/19", "Q1 2018/19") so files stay readable and parse through the
// same checked parsers as any other input.
#include "commissioning/core/date.hpp"
#include "commissioning/core/diagnostic.hpp"
#include "commissioning/core/financial_year.hpp"
#include "commissioning/core/initials.hpp"
#include "commissioning/core/money.hpp"
#include "commissioning/core/ods_code.hpp"
#include "commissioning/core/percentage.hpp"
#include "commissioning/core/population_figure.hpp"
#include "commissioning/core/person_name.hpp"
#include "commissioning/core/rag.hpp"
#include "commissioning/core/rate.hpp"
#include "commissioning/core/reported_amount.hpp"
#include "commissioning/core/time_of_day.hpp"
#include "commissioning/io/json.hpp"

namespace commissioning {

#define COMMISSIONING_JSON_DECLARE(T)          \
  void to_json(io::Json& j, const T& v);       \
  void from_json(const io::Json& j, T& v);

COMMISSIONING_JSON_DECLARE(Money)
COMMISSIONING_JSON_DECLARE(MoneyUnit)
COMMISSIONING_JSON_DECLARE(ReportedAmount)
COMMISSIONING_JSON_DECLARE(Date)
COMMISSIONING_JSON_DECLARE(Weekday)
COMMISSIONING_JSON_DECLARE(WrittenDate)
COMMISSIONING_JSON_DECLARE(TimeOfDay)
COMMISSIONING_JSON_DECLARE(TimeRange)
COMMISSIONING_JSON_DECLARE(FinancialYear)
COMMISSIONING_JSON_DECLARE(FinancialMonth)
COMMISSIONING_JSON_DECLARE(Quarter)
COMMISSIONING_JSON_DECLARE(OdsCode)
COMMISSIONING_JSON_DECLARE(Percentage)
COMMISSIONING_JSON_DECLARE(Rag)
COMMISSIONING_JSON_DECLARE(Initials)
COMMISSIONING_JSON_DECLARE(PersonName)
COMMISSIONING_JSON_DECLARE(PerHeadRate)
COMMISSIONING_JSON_DECLARE(PopulationRate)
COMMISSIONING_JSON_DECLARE(Severity)
COMMISSIONING_JSON_DECLARE(Diagnostic)
COMMISSIONING_JSON_DECLARE(PopulationBasis)
COMMISSIONING_JSON_DECLARE(PopulationFigure)

void to_json(io::Json& j, const ValidationReport& r);

}  // namespace commissioning
