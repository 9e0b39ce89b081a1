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
  std::string format{"table"};
};

std::string dump(const io::Json& j) { return j.dump(2, ' ', false, io::Json::error_handler_t::replace) + "\n"; }

// What the table prints, for scripts: the same figures, with the findings as diagnostics.
io::Json summary_json(const RiskRegister& reg, const std::optional<Date>& as_of, const std::string& since,
                      const ValidationReport& report) {
  io::Json j{{"name", reg.name}, {"scope", std::string(to_string(reg.scope))}, {"held_by", reg.held_by},
             {"as_of", as_of ? io::Json(to_string(*as_of)) : io::Json(nullptr)}, {"risks", reg.entries.size()},
             {"banding", reg.banding.name()}};
  const auto counts = counts_by_band(reg);
  io::Json bands = io::Json::array();
  for (std::size_t b = 0; b < counts.size(); ++b)
    bands.push_back({{"band", reg.banding.bands()[b].name}, {"lowest", reg.banding.bands()[b].lowest},
                     {"highest", reg.banding.bands()[b].highest}, {"open", counts[b]}});
  j["open_by_band"] = bands;
  j["unscored"] = heat_map(reg).unscored;
  io::Json statuses = io::Json::object();
  for (auto st : {RiskStatus::Open, RiskStatus::Escalated, RiskStatus::Transferred, RiskStatus::Closed})
    statuses[std::string(to_string(st))] =
        std::count_if(reg.entries.begin(), reg.entries.end(), [st](const RiskEntry& e) { return e.status == st; });
  j["by_status"] = statuses;
  if (reg.appetite) {
    io::Json above = io::Json::array();
    for (const auto* e : risks_above_appetite(reg)) above.push_back(e->id);
    j["appetite"] = *reg.appetite;
    j["above_appetite"] = above;
  }
  io::Json top = io::Json::array();
  for (const auto* e : top_risks(reg, 5))
    top.push_back({{"id", e->id}, {"score", e->current->value()}, {"band", reg.banding.band_of(*e->current).name},
                   {"title", !e->title.empty() ? e->title : e->description}});
  j["top_risks"] = top;
  if (as_of) {
    io::Json overdue = io::Json::array();
    for (const auto* e : overdue_reviews(reg, *as_of))
      overdue.push_back({{"id", e->id}, {"review_date", e->review_date ? io::Json(to_string(*e->review_date)) : io::Json(nullptr)}});
    j["overdue_reviews"] = overdue;
  }
  if (!since.empty()) {
    io::Json trend = io::Json::array();
    for (const auto& t : trend_since(reg, parse_date(since))) {
      if (!t.entry->is_open()) continue;
      trend.push_back({{"id", t.entry->id}, {"trend", std::string(to_string(t.trend))},
                       {"then", t.then ? io::Json(*t.then) : io::Json(nullptr)}, {"now", t.now ? io::Json(*t.now) : io::Json(nullptr)}});
    }
    j["since"] = to_string(parse_date(since));
    j["trend"] = trend;
  }
  j["errors"] = report.count(Severity::Error);
  j["warnings"] = report.count(Severity::Warning);
  j["notes"] = report.count(Severity::Info);
  j["diagnostics"] = report;
  return j;
}

void summary(const SummaryArgs& args) {
  const auto reg = io::from_json_file<RiskRegister>(args.file);
  rules::RiskCheckOptions options;
  if (!args.as_of.empty()) options.as_of = parse_date(args.as_of);
  if (!args.members.empty()) {
    options.membership.emplace();
    for (const auto& m : args.members) options.membership->push_back(Initials{m});
  }
  const auto as_of = options.as_of ? options.as_of : reg.as_of;
  if (args.format == "json") {
    const auto report = rules::validate(reg, options);
    std::cout << dump(summary_json(reg, as_of, args.since, report));
    if (report.has_errors()) exit_code() = exit_findings;
    return;
  }
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

struct HeatmapArgs {
  std::string file;
  std::string svg;  // the old --svg FILE: the table on standard output and the SVG in FILE
  std::string format{"table"};
  std::string output;
};

io::Json heat_map_json(const RiskRegister& reg) {
  const auto map = heat_map(reg);
  io::Json cells = io::Json::array();
  for (int i = 1; i <= 5; ++i)
    for (int p = 1; p <= 5; ++p)
      if (const int n = map.at(Probability{p}, Impact{i}); n > 0)
        cells.push_back({{"probability", p}, {"impact", i}, {"score", p * i}, {"band", reg.banding.band_of(p * i).name}, {"open", n}});
  io::Json score_only = io::Json::array();
  for (const auto& [score, n] : map.score_only)
    score_only.push_back({{"score", score}, {"band", reg.banding.band_of(score).name}, {"open", n}});
  return {{"name", reg.name}, {"cells", cells}, {"score_only", score_only}, {"unscored", map.unscored},
          {"placed", map.placed()}, {"total", map.total()}};
}

void heatmap(const HeatmapArgs& a) {
  const auto reg = io::from_json_file<RiskRegister>(a.file);
  const auto text = a.format == "json" ? dump(heat_map_json(reg)) : a.format == "svg" ? io::heat_map_svg(reg) : io::heat_map_text(reg);
  if (a.output.empty() || a.output == "-") std::cout << text;
  else io::write_text_file(a.output, text);
  if (!a.svg.empty()) {
    io::write_text_file(a.svg, io::heat_map_svg(reg));
    // Beside the table as before; never into JSON or SVG on standard output.
    const bool table_on_stdout = a.format == "table" && (a.output.empty() || a.output == "-");
    (table_on_stdout ? std::cout : std::cerr) << "heat map written to " << a.svg << "\n";
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
  s->add_option("file", summary_args.file, "risk register JSON; - is standard input")->required();
  s->add_option("--as-of", summary_args.as_of, "date for overdue reviews (default: the register's as_of)");
  s->add_option("--since", summary_args.since, "show each open risk's trend since this date (from its score history)");
  s->add_option("--members", summary_args.members, "initials owners must resolve to (comma separated)")->delimiter(',');
  s->add_option("--format", summary_args.format, "table or json")->check(CLI::IsMember({"table", "json"}));
  s->callback([] { summary(summary_args); });

  static HeatmapArgs heat;
  auto* h = risk->add_subcommand("heatmap", "The 5×5 heat map of open risks as a table, JSON or SVG");
  h->add_option("file", heat.file, "risk register JSON; - is standard input")->required();
  h->add_option("--format", heat.format, "table, json or svg")->check(CLI::IsMember({"table", "json", "svg"}));
  add_output_option(h, heat.output);
  h->add_option("--svg", heat.svg, "also write the heat map as SVG to this file");
  h->callback([] { heatmap(heat); });

  static std::string fixture_out;
  auto* f = risk->add_subcommand("fixture", "Write the seed's GPFV risk register (June 2018, seed 000 L1864–2047) as JSON");
  add_output_option(f, fixture_out);
  f->callback([] {
    const auto text = io::Json(fixtures::staffordshire_gpfv_risks()).dump(2) + "\n";
    if (fixture_out.empty() || fixture_out == "-") std::cout << text;
    else io::write_text_file(fixture_out, text);
  });

  demo_steps().push_back(demo_heat_map);
}

}  // namespace commissioning::cli
