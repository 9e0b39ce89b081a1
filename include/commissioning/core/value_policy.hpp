#pragma once
// The value-type policy of the vocabulary, written once. Every value type in core/ (and the
// vocabulary types an area builds on them, such as risk's ScaleLevel) follows it, and each
// header names the clauses that apply. Tests in tests/core/value_policy_test.cpp (and
// tests/risk/scale_policy_test.cpp) are named by the clause they prove, for each type.
//
// [default]   A default-constructed value is empty: ok() is false. An empty value can be
//             copied, compared (it equals every other empty value of its type and sorts
//             before every value that is ok()), hashed and serialized (JSON null; in
//             archives, field values no real value has, such as year 0), and it does not
//             throw when printed; asking it for a field it does not have (Date{}.year()) is a
//             programming error, checked with GSL Expects. Quantities whose zero is a
//             real amount (Money, Percentage, ReportedAmount, PerHeadRate) are the only
//             exception: their default is zero, and they have no empty state and no ok().
// [numeric]   A constructor from numbers (Date{2018, 7, 3}, TimeOfDay{10, 0},
//             FinancialYear{2018}, FinancialMonth{y, 2}, Probability{3}) checks every field
//             and builds a value that is ok(), or throws std::invalid_argument naming the bad
//             field. It never clamps, wraps or quietly builds an empty value. Arithmetic that
//             leaves a type's range throws too (std::overflow_error for Money, std::out_of_range
//             for dates).
// [make]      The non-throwing path is static std::optional<T> make(...) noexcept, with the
//             constructor's arguments: std::nullopt exactly where the constructor would throw.
//             A loader of untrusted numbers can use make() and report, rather than catch.
// [text]      Reading text (parse_date, parse_time, OdsCode{"05W"}, Initials{"PD"}, ...)
//             throws ParseError (kind, input, position, reason) and never guesses; to_string
//             writes what the parser reads back. Text constructors have a make() too.
// [enum]      Enumerations (Rag, MoneyUnit, Weekday, OdsKind, Severity) are closed sets with
//             no empty member: where a status may be missing the field is std::optional<E>.
//             Their parse_ functions throw ParseError like any other text.
// [aggregate] A plain struct of policy values (TimeRange, WrittenDate, PersonName,
//             PopulationRate) is as valid as its members; where its default is empty it has
//             ok() with the meaning above, and a rule about its members (a range that ends
//             before it starts) is a named predicate checked by validation, not ok().
//
// The policy follows Howard Hinnant's date library (a default year_month_day is !ok()) and
// Abseil's civil_time.h (one short statement of what construction does with every input),
// with the difference that numeric constructors here refuse rather than normalise:
// committee papers are evidence, and "31 June" is a typo to report, not 1 July.

#include <concepts>

namespace commissioning {

// A value type with an empty state, as [default] describes: regular (copyable,
// default-constructible, equality-comparable) and able to say whether it holds a value.
template <class T>
concept EmptyableValue = std::regular<T> && requires(const T& v) {
  { v.ok() } noexcept -> std::same_as<bool>;
};

}  // namespace commissioning
