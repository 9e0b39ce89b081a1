#include "commissioning/core/rate.hpp"

#include <fmt/format.h>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

std::string to_string(const PerHeadRate& r) { return to_string(r.per_head) + " per head"; }

PerHeadRate parse_per_head_rate(std::string_view input) {
  const std::string norm = text::normalise(input);
  std::string_view s = norm;
  for (const std::string_view marker : {std::string_view{" per head"}, std::string_view{" a head"},
                                        std::string_view{"/head"}, std::string_view{" per capita"}}) {
    const auto at = text::to_lower(s).find(marker);
    if (at == std::string::npos) continue;
    const auto tail = text::to_lower(s.substr(at + marker.size()));
    if (!tail.empty() && tail.rfind(" of", 0) != 0)
      throw ParseError("a per-head rate", input, at + marker.size(), "unexpected text after the rate");
    return PerHeadRate{parse_money(s.substr(0, at))};
  }
  throw ParseError("a per-head rate", input, 0, "expected an amount \"per head\" or \"a head\"");
}

std::string to_string(const PopulationRate& r) {
  std::string per = fmt::format("{}", r.per_people);
  for (auto i = per.size(); i > 3; i -= 3) per.insert(i - 3, ",");
  std::string out = fmt::format("{} {} per {} population", r.quantity, r.unit, per);
  if (!r.period.empty()) out += " per " + r.period;
  return out;
}

PopulationRate parse_population_rate(std::string_view input) {
  constexpr std::string_view kind = "a population rate";
  const std::string norm = text::normalise(input);
  std::vector<std::string> w;
  for (std::size_t i = 0; i < norm.size();) {
    auto j = norm.find(' ', i);
    if (j == std::string::npos) j = norm.size();
    w.push_back(norm.substr(i, j - i));
    i = j + 1;
  }
  auto number = [&](const std::string& s, std::size_t word) {
    std::int64_t v = 0;
    bool any = false;
    for (char c : s) {
      if (c == ',') continue;
      if (c < '0' || c > '9') throw ParseError(kind, input, word, fmt::format("\"{}\" is not a number", s));
      if (v > 1'000'000'000'000) throw ParseError(kind, input, word, "number too large");
      v = v * 10 + (c - '0');
      any = true;
    }
    if (!any) throw ParseError(kind, input, word, "expected a number");
    return v;
  };
  // quantity unit per N population [per period]
  if (w.size() < 5 || !text::iequals(w[2], "per") || !text::istarts_with(w[4], "population"))
    throw ParseError(kind, input, 0, "expected e.g. \"30 minutes per 1,000 population per week\"");
  PopulationRate r;
  r.quantity = number(w[0], 0);
  r.unit = w[1];
  r.per_people = number(w[3], 3);
  if (r.per_people == 0) throw ParseError(kind, input, 0, "per 0 population");
  if (w.size() == 7 && text::iequals(w[5], "per")) {
    r.period = w[6];
  } else if (w.size() != 5) {
    throw ParseError(kind, input, 0, "unexpected text after the population");
  }
  return r;
}

}  // namespace commissioning
