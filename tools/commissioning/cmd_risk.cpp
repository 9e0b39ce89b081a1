// `commissioning risk summary|heatmap`: read a risk register (JSON) and report on it.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "commissioning/commissioning.hpp"
#include "commissioning/fixtures/gpfv_staffordshire.hpp"

namespace commissioning::cli {

namespace {

std::string short_text(const RiskEntry& e, std::size_t width = 70) {
  std::string s = !e.title.empty() ? e.title : e.description;
  if (s.size() > width) {
    s.resize(width);
    while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();  // keep UTF-8 whole
    if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0x80)) s.pop_back();
    s += "…";
  }
  return s;
}

std::string score_text(const std::optional<RiskScore>& s) { return s ? to_string(*s) : "no score"; }

void print_report(const ValidationReport& report) {
  if (report.empty()) {
    std::cout << "validation: no findings\n";
    return;
  }
  std::cout << fmt::format("validation: {} errors, {} warnings, {} notes\n", report.count(Severity::Error),
                           report.count(Severity::Warning), report.count(Severity::Info));
  for (const auto& d : report.diagnostics()) std::cout << "  " << to_string(d) << "\n";
}

struct SummaryArgs {
  std::string file;
  std::string as_of;
  std::string since;
  std::vector<std::string> members;
};

void summary(const SummaryArgs& args) {
  const auto reg = io::from_json_file<RiskRegister>(args.file);
  rules::RiskCheckOptions options;
  if (!args.as_of.empty()) options.as_of = parse_date(args.as_of);
  if (!args.members.empty()) {
    options.membership.emplace();
    for (const auto& m : args.members) options.membership->push_back(Initials{m});
  }
  const auto as_of = options.as_of ? options.as_of : reg.as_of;
  std::cout << fmt::format("{} ({}{})\n", reg.name, to_string(reg.scope), reg.held_by.empty() ? "" : ": " + reg.held_by);
  std::cout << fmt::format("{} risks; banding {}; as of {}\n", reg.entries.size(), reg.banding.name(),
                           as_of ? to_string(*as_of) : "no date");
  std::cout << "open risks by band:";
  const auto counts = counts_by_band(reg);
  for (std::size_t b = 0; b < counts.size(); ++b)
    std::cout << fmt::format(" {} {} ({}–{});", reg.banding.bands()[b].name, counts[b], reg.banding.bands()[b].lowest,
                             reg.banding.bands()[b].highest);
  const auto map = heat_map(reg);
  std::cout << fmt::format(" unscored {}\n", map.unscored);
  std::cout << "by status:";
  for (auto s : {RiskStatus::Open, RiskStatus::Escalated, RiskStatus::Transferred, RiskStatus::Closed}) {
    const auto n = std::count_if(reg.entries.begin(), reg.entries.end(), [s](const RiskEntry& e) { return e.status == s; });
    std::cout << fmt::format(" {} {};", to_string(s), n);
  }
  std::cout << "\n";
  if (reg.appetite)
    std::cout << fmt::format("above the appetite of {}: {}\n", *reg.appetite, risks_above_appetite(reg).size());
  std::cout << "top risks:\n";
  for (const auto* e : top_risks(reg, 5))
    std::cout << fmt::format("  {:<8} {:<22} {:<9} {}\n", e->id, score_text(e->current), reg.banding.band_of(*e->current).name,
                             short_text(*e));
  if (as_of) {
    const auto overdue = overdue_reviews(reg, *as_of);
    std::cout << fmt::format("reviews overdue as of {}: {}\n", to_string(*as_of), overdue.size());
    for (const auto* e : overdue)
      std::cout << fmt::format("  {:<8} {}\n", e->id, e->review_date ? "review was due " + to_string(*e->review_date) : "no review date");
  }
  if (!args.since.empty()) {
    const auto since = parse_date(args.since);
    std::cout << fmt::format("trend since {}:\n", to_string(since));
    for (const auto& t : trend_since(reg, since)) {
      if (!t.entry->is_open()) continue;
      std::cout << fmt::format("  {:<8} {:<9} {}\n", t.entry->id, to_string(t.trend),
                               t.then && t.now ? fmt::format("{} → {}", *t.then, *t.now)
                               : t.now         ? fmt::format("now {}", *t.now)
                                               : std::string("no score"));
    }
  }
  const auto report = rules::validate(reg, options);
  print_report(report);
  if (report.has_errors()) exit_code() = exit_findings;
}

void heatmap(const std::string& file, const std::string& svg) {
  const auto reg = io::from_json_file<RiskRegister>(file);
  std::cout << io::heat_map_text(reg);
  if (!svg.empty()) {
    io::write_text_file(svg, io::heat_map_svg(reg));
    std::cout << "heat map written to " << svg << "\n";
  }
}

void demo_heat_map(std::ostream& out) {
  out << "\n== Risk: the seed's GPFV risks on the NHS 5×5 ==\n";
  const auto reg = fixtures::staffordshire_gpfv_risks();
  out << io::heat_map_text(reg);
  const auto report = rules::validate(reg);
  out << fmt::format("  validation: {} warnings, {} notes (no review dates, score-only ratings, risk 7 closed without a date)\n",
                     report.count(Severity::Warning), report.count(Severity::Info));
  try {
    const auto path = (std::filesystem::temp_directory_path() / "commissioning-seed-risk-heatmap.svg").string();
    io::write_text_file(path, io::heat_map_svg(reg));
    out << "  SVG heat map written to " << path << "\n";
  } catch (const std::exception& e) {
    out << "  could not write the SVG heat map: " << e.what() << "\n";
  }
}

}  // namespace

void add_risk_commands(CLI::App& app) {
  auto* risk = app.add_subcommand("risk", "Risk registers: summary and 5×5 heat map");
  risk->require_subcommand(1);

  static SummaryArgs summary_args;
  auto* s = risk->add_subcommand("summary", "Counts by band and status, top risks, overdue reviews and findings");
  s->add_option("file", summary_args.file, "risk register JSON")->required();
  s->add_option("--as-of", summary_args.as_of, "date for overdue reviews (default: the register's as_of)");
  s->add_option("--since", summary_args.since, "show each open risk's trend since this date (from its score history)");
  s->add_option("--members", summary_args.members, "initials owners must resolve to (comma separated)")->delimiter(',');
  s->callback([] { summary(summary_args); });

  static std::string heat_file, heat_svg;
  auto* h = risk->add_subcommand("heatmap", "Print the 5×5 heat map; --svg writes it as SVG");
  h->add_option("file", heat_file, "risk register JSON")->required();
  h->add_option("--svg", heat_svg, "write the heat map as SVG to this file");
  h->callback([] { heatmap(heat_file, heat_svg); });

  static std::string fixture_out;
  auto* f = risk->add_subcommand("fixture", "Write the seed's GPFV risk register (June 2018, seed 000 L1864–2047) as JSON");
  f->add_option("--out", fixture_out, "file to write (default: standard output)");
  f->callback([] {
    const auto text = io::Json(fixtures::staffordshire_gpfv_risks()).dump(2) + "\n";
    if (fixture_out.empty()) std::cout << text;
    else io::write_text_file(fixture_out, text);
  });

  demo_steps().push_back(demo_heat_map);
}

}  // namespace commissioning::cli
