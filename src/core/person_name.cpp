#include "commissioning/core/person_name.hpp"

#include <array>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning {

namespace {
constexpr std::array<std::string_view, 9> titles{"Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Professor", "Sir", "Dame"};
constexpr std::array<std::string_view, 10> post_nominals{"OBE", "MBE", "CBE", "FRCGP", "MRCGP", "FRCP",
                                                         "MBChB", "BSc", "MSc", "PhD"};
template <std::size_t N>
bool one_of(std::string_view w, const std::array<std::string_view, N>& list) {
  for (auto x : list)
    if (text::iequals(w, x)) return true;
  return false;
}
}  // namespace

std::string to_string(const PersonName& n) {
  std::string out = n.title;
  auto add = [&](const std::string& w) {
    if (w.empty()) return;
    if (!out.empty()) out += ' ';
    out += w;
  };
  add(n.given);
  add(n.family);
  for (const auto& p : n.post_nominals) add(p);
  return out;
}

PersonName parse_person_name(std::string_view input) {
  const std::string norm = text::normalise(input);
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < norm.size()) {
    auto j = norm.find(' ', i);
    if (j == std::string::npos) j = norm.size();
    std::string w = norm.substr(i, j - i);
    if (!w.empty() && w.back() == '.') w.pop_back();  // "Dr." -> "Dr"
    if (!w.empty()) words.push_back(std::move(w));
    i = j + 1;
  }
  PersonName n;
  std::size_t b = 0, e = words.size();
  if (b < e && one_of(words[b], titles)) n.title = words[b++];
  while (e > b && one_of(words[e - 1], post_nominals)) --e;
  for (std::size_t k = e; k < words.size(); ++k) n.post_nominals.push_back(words[k]);
  if (b == e) throw ParseError("a person's name", input, 0, "no family name");
  n.family = words[e - 1];
  for (std::size_t k = b; k + 1 < e; ++k) {
    if (!n.given.empty()) n.given += ' ';
    n.given += words[k];
  }
  return n;
}

}  // namespace commissioning
