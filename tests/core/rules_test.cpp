#include <catch2/catch.hpp>

#include <set>

#include "commissioning/rules.hpp"

using namespace commissioning;

TEST_CASE("every registered rule has a unique id, a summary and its evidence") {
  const auto& rules = all_rules();
  REQUIRE_FALSE(rules.empty());
  std::set<std::string_view> ids;
  for (const Rule* r : rules) {
    INFO(r->id);
    CHECK(ids.insert(r->id).second);
    CHECK_FALSE(r->summary.empty());
    CHECK_FALSE(r->evidence.empty());
    CHECK(r->id.find('.') != std::string_view::npos);
    CHECK(find_rule(r->id) == r);
  }
  CHECK(find_rule("no.such.rule") == nullptr);
}

TEST_CASE("a diagnostic path is built as a JSON Pointer, keys escaped as RFC 6901 says") {
  CHECK(pointer("", "meetings", 0, "agenda", std::size_t{2}, "start") == "/meetings/0/agenda/2/start");
  CHECK(pointer("/action_log", "actions", 3) == "/action_log/actions/3");
  CHECK(pointer("") == "");  // the whole document
  // '~' first, so the "~1" that '/' becomes is not escaped again.
  CHECK(pointer("", "a/b", "m~n", "~/") == "/a~1b/m~0n/~0~1");
}
