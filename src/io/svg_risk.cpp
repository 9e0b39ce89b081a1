#include "commissioning/io/svg_risk.hpp"

#include <fmt/format.h>

#include <sstream>

namespace commissioning::io {

namespace {
std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// At most n bytes of s, cut at a UTF-8 character boundary.
std::string_view prefix(std::string_view s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// Black text on light fills, white on dark ones.
std::string_view ink_for(std::string_view colour) {
  auto hex = [&](std::size_t at) {
    int v = 0;
    for (std::size_t k = at; k < at + 2; ++k) {
      const char c = colour[k];
      v = v * 16 + (c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
  };
  const int luminance = (299 * hex(1) + 587 * hex(3) + 114 * hex(5)) / 1000;
  return luminance < 110 ? "#ffffff" : "#000000";
}
}  // namespace

std::string heat_map_svg(const RiskRegister& r) {
  const auto map = heat_map(r);
  constexpr int cell = 80, x0 = 190, y0 = 80, width = 900, height = 600;
  std::ostringstream o;
  o << fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" font-family="DejaVu Sans, Arial, sans-serif">)",
                   width, height, width, height)
    << "\n";
  o << fmt::format(R"(<rect x="0" y="0" width="{}" height="{}" fill="#ffffff"/>)", width, height) << "\n";
  o << fmt::format(R"(<text x="20" y="32" font-size="20" font-weight="bold">{}</text>)", xml_escape(r.name)) << "\n";
  o << fmt::format(R"(<text x="20" y="56" font-size="13" fill="#444444">{} open risks · banding: {}{}</text>)", map.total(),
                   xml_escape(r.banding.name()), r.as_of ? " · as of " + to_string(*r.as_of) : std::string{})
    << "\n";
  for (int i = 5; i >= 1; --i) {
    const int y = y0 + (5 - i) * cell;
    for (int p = 1; p <= 5; ++p) {
      const int x = x0 + (p - 1) * cell;
      const int score = p * i;
      const auto& band = r.banding.band_of(score);
      const int count = map.at(Probability{p}, Impact{i});
      o << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#ffffff" stroke-width="2"><title>P{} × I{} = {} ({}): {} risk{}</title></rect>)",
                       x, y, cell, cell, band.colour, p, i, score, xml_escape(band.name), count, count == 1 ? "" : "s")
        << "\n";
      o << fmt::format(R"(<text x="{}" y="{}" font-size="11" fill="{}">{}</text>)", x + 6, y + 16, ink_for(band.colour), score) << "\n";
      if (count > 0)
        o << fmt::format(R"(<text x="{}" y="{}" font-size="30" font-weight="bold" text-anchor="middle" fill="{}">{}</text>)",
                         x + cell / 2, y + cell / 2 + 14, ink_for(band.colour), count)
          << "\n";
    }
    const auto& w = r.scoring_key.impact.at(i);
    o << fmt::format(R"(<text x="{}" y="{}" font-size="13" text-anchor="end">{} {}</text>)", x0 - 10, y + cell / 2 + 5, i,
                     xml_escape(w.label))
      << "\n";
  }
  for (int p = 1; p <= 5; ++p) {
    const int x = x0 + (p - 1) * cell + cell / 2;
    o << fmt::format(R"(<text x="{}" y="{}" font-size="13" text-anchor="middle">{}</text>)", x, y0 + 5 * cell + 20, p) << "\n";
    o << fmt::format(R"(<text x="{}" y="{}" font-size="11" text-anchor="middle">{}</text>)", x, y0 + 5 * cell + 36,
                     xml_escape(r.scoring_key.probability.at(p).label))
      << "\n";
  }
  o << fmt::format(R"(<text x="{}" y="{}" font-size="14" font-weight="bold" text-anchor="middle">Probability →</text>)",
                   x0 + 5 * cell / 2, y0 + 5 * cell + 62)
    << "\n";
  o << fmt::format(R"svg(<text x="24" y="{}" font-size="14" font-weight="bold" text-anchor="middle" transform="rotate(-90 24 {})">Impact →</text>)svg",
                   y0 + 5 * cell / 2, y0 + 5 * cell / 2)
    << "\n";

  // Beside the matrix: the bands, then risks that cannot be placed.
  int x = x0 + 5 * cell + 40, y = y0 + 10;
  o << fmt::format(R"(<text x="{}" y="{}" font-size="14" font-weight="bold">Bands</text>)", x, y) << "\n";
  const auto by_band = counts_by_band(r);
  for (std::size_t b = 0; b < r.banding.bands().size(); ++b) {
    const auto& band = r.banding.bands()[b];
    y += 24;
    o << fmt::format(R"(<rect x="{}" y="{}" width="16" height="16" fill="{}" stroke="#888888"/>)", x, y - 13, band.colour) << "\n";
    o << fmt::format(R"(<text x="{}" y="{}" font-size="13">{} {}–{}: {} open</text>)", x + 24, y, xml_escape(band.name), band.lowest,
                     band.highest, by_band[b])
      << "\n";
  }
  y += 44;
  o << fmt::format(R"(<text x="{}" y="{}" font-size="14" font-weight="bold">Scored without P × I</text>)", x, y) << "\n";
  y += 18;
  o << fmt::format(R"(<text x="{}" y="{}" font-size="11" fill="#444444">(cannot be placed: 12 may be 3×4 or 4×3)</text>)", x, y)
    << "\n";
  if (map.score_only.empty()) {
    y += 24;
    o << fmt::format(R"(<text x="{}" y="{}" font-size="13">none</text>)", x, y) << "\n";
  }
  for (auto it = map.score_only.rbegin(); it != map.score_only.rend(); ++it) {
    const auto& band = r.banding.band_of(it->first);
    y += 24;
    o << fmt::format(R"(<rect x="{}" y="{}" width="16" height="16" fill="{}" stroke="#888888"/>)", x, y - 13, band.colour) << "\n";
    o << fmt::format(R"(<text x="{}" y="{}" font-size="13">score {} ({}): {} risk{}</text>)", x + 24, y, it->first,
                     xml_escape(band.name), it->second, it->second == 1 ? "" : "s")
      << "\n";
  }
  if (map.unscored > 0) {
    y += 34;
    o << fmt::format(R"(<text x="{}" y="{}" font-size="13">No score given: {} risk{}</text>)", x, y, map.unscored,
                     map.unscored == 1 ? "" : "s")
      << "\n";
  }
  o << "</svg>\n";
  return std::move(o).str();
}

std::string heat_map_text(const RiskRegister& r) {
  const auto map = heat_map(r);
  std::ostringstream o;
  o << fmt::format("{}: {} open risks, banding {}\n", r.name, map.total(), r.banding.name());
  o << fmt::format("{:<22}", "impact \\ probability");
  for (int p = 1; p <= 5; ++p) o << fmt::format("{:<17}", fmt::format("{} {}", p, prefix(r.scoring_key.probability.at(p).label, 14)));
  o << "\n";
  for (int i = 5; i >= 1; --i) {
    o << fmt::format("{:<22}", fmt::format("{} {}", i, prefix(r.scoring_key.impact.at(i).label, 20)));
    for (int p = 1; p <= 5; ++p) {
      const auto& band = r.banding.band_of(p * i);
      const int count = map.at(Probability{p}, Impact{i});
      o << fmt::format("{:<17}", fmt::format("{:>2} {:<9}{}", p * i, prefix(band.name, 9), count ? fmt::format("[{}]", count) : ""));
    }
    o << "\n";
  }
  o << "(each cell: score, band, [number of open risks])\n";
  if (!map.score_only.empty()) {
    o << "scored without probability × impact:";
    for (auto it = map.score_only.rbegin(); it != map.score_only.rend(); ++it)
      o << fmt::format(" {} ({}) ×{};", it->first, r.banding.band_of(it->first).name, it->second);
    o << "\n";
  }
  if (map.unscored) o << fmt::format("no score given: {}\n", map.unscored);
  return std::move(o).str();
}

}  // namespace commissioning::io
