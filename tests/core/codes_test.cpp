#include <catch2/catch.hpp>

#include "commissioning/core/initials.hpp"
#include "commissioning/core/ods_code.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/percentage.hpp"
#include "commissioning/core/person_name.hpp"
#include "commissioning/core/rag.hpp"
#include "commissioning/core/rate.hpp"
#include "commissioning/core/text.hpp"

using namespace commissioning;

TEST_CASE("ODS codes know their kind from their shape") {
  CHECK(OdsCode("A84002").kind() == OdsKind::GpPractice);
  CHECK(OdsCode("05W").kind() == OdsKind::Ccg);
  CHECK(OdsCode("00L").kind() == OdsKind::Ccg);
  CHECK(OdsCode("QHM").kind() == OdsKind::Icb);
  CHECK(OdsCode("RJE").kind() == OdsKind::NhsTrust);
  CHECK(OdsCode("RJE01").kind() == OdsKind::NhsTrustSite);
  CHECK(OdsCode("Y56").kind() == OdsKind::Region);
  CHECK(OdsCode("M83001", OdsKind::GpPractice).str() == "M83001");
}

TEST_CASE("malformed ODS codes are refused with the reason") {
  CHECK_THROWS_WITH(OdsCode("a84002"), Catch::Contains("upper case"));
  CHECK_THROWS_WITH(OdsCode("A8400"), Catch::Contains("shape"));
  CHECK_THROWS_WITH(OdsCode("A84-02"), Catch::Contains("letters and digits"));
  CHECK_THROWS_WITH(OdsCode("05W", OdsKind::GpPractice), Catch::Contains("CCG code"));
  CHECK_THROWS_AS(OdsCode(""), ParseError);
  CHECK(is_valid_ods_code("M83001", OdsKind::GpPractice));
  CHECK_FALSE(is_valid_ods_code("M8300", OdsKind::GpPractice));
}

TEST_CASE("percentages are exact in basis points") {
  CHECK(parse_percentage("0.5%").basis_points() == 50);
  CHECK(parse_percentage("49%").basis_points() == 4900);
  CHECK(parse_percentage("2.5 %").basis_points() == 250);
  CHECK(parse_percentage("-12.25%").basis_points() == -1225);
  CHECK(to_string(parse_percentage("0.5%")) == "0.5%");
  CHECK(to_string(parse_percentage("12.25%")) == "12.25%");
  CHECK(parse_percentage("0.5%").of(Money::from_pounds(1'000'000)) == Money::from_pounds(5'000));
  CHECK(parse_percentage("2.5%").of(Money::from_pence(3)) == Money::from_pence(0));
  CHECK_THROWS_AS(parse_percentage("0.125%"), ParseError);
  CHECK_THROWS_AS(parse_percentage("49"), ParseError);
}

TEST_CASE("RAG statuses accept the usual spellings") {
  CHECK(parse_rag("Amber") == Rag::Amber);
  CHECK(parse_rag("g") == Rag::Green);
  CHECK(parse_rag("RED") == Rag::Red);
  CHECK(parse_rag("Complete") == Rag::Blue);
  CHECK_THROWS_AS(parse_rag("Purple"), ParseError);
}

TEST_CASE("initials are codes such as MWo, NMcF and LCI") {
  for (const char* s : {"PD", "MWo", "NMcF", "LCI", "HVL"}) CHECK(Initials(s).str() == s);
  CHECK_THROWS_AS(Initials("P"), ParseError);
  CHECK_THROWS_AS(Initials("pd"), ParseError);
  CHECK_THROWS_AS(Initials("P.D"), ParseError);
  CHECK_THROWS_AS(Initials("ABCDEFG"), ParseError);
}

TEST_CASE("names keep title and post-nominals") {
  const auto n = parse_person_name("Dr Ruth Chambers OBE");
  CHECK(n.title == "Dr");
  CHECK(n.given == "Ruth");
  CHECK(n.family == "Chambers");
  CHECK(n.post_nominals == std::vector<std::string>{"OBE"});
  CHECK(to_string(n) == "Dr Ruth Chambers OBE");
  CHECK(parse_person_name("Neil McFadden").family == "McFadden");
  CHECK_THROWS_AS(parse_person_name("  "), ParseError);
}

TEST_CASE("per-head and per-population rates") {
  const auto r = parse_per_head_rate("£3.34 a head");
  CHECK(r.per_head == Money::from_pence(334));
  CHECK(r.for_population(100'000) == Money::from_pounds(334'000));
  CHECK(parse_per_head_rate("£6 per head of practice population").per_head == Money::from_pounds(6));
  CHECK_THROWS_AS(parse_per_head_rate("£6"), ParseError);
  const auto p = parse_population_rate("30 minutes per 1,000 population per week");
  CHECK(p.quantity == 30);
  CHECK(p.unit == "minutes");
  CHECK(p.per_people == 1000);
  CHECK(p.period == "week");
  CHECK(parse_population_rate(to_string(p)) == p);
  CHECK_THROWS_AS(parse_population_rate("30 minutes a week"), ParseError);
}

TEST_CASE("an error message is valid UTF-8 even when the input it quotes is not") {
  CHECK(text::printable("caf\xc3\xa9") == "caf\xc3\xa9");        // well-formed UTF-8 is kept
  CHECK(text::printable("caf\xc3(") == "caf\\xc3(");            // a lead byte without its tail
  CHECK(text::printable("\xed\xa0\x80") == "\\xed\\xa0\\x80");  // an encoded surrogate
  CHECK(text::printable("\xc0\xaf") == "\\xc0\\xaf");            // an overlong '/'
  const InputError e("pack\xff.json", 0, "/title", "cannot read \"caf\xc3(\"");
  CHECK(std::string(e.what()) == "pack\\xff.json [/title]: cannot read \"caf\\xc3(\"");
  CHECK(e.reason() == "cannot read \"caf\\xc3(\"");
  // quoted() cuts long input at 60 bytes, which may fall inside a character.
  const std::string long_text = std::string(59, 'a') + "\xc3\xa9";
  CHECK(text::quoted(long_text).find("\\xc3") != std::string::npos);
}
