// Subcommands that belong to no single area: `rules` and `demo`.
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "commissioning/commissioning.hpp"

namespace commissioning::cli {

namespace {

void print_rules(const std::string& format) {
  const auto& rules = all_rules();
  if (format == "json") {
    io::Json out = io::Json::array();
    for (const Rule* r : rules)
      out.push_back({{"id", r->id}, {"severity", to_string(r->severity)}, {"summary", r->summary}, {"evidence", r->evidence}});
    std::cout << out.dump(2, ' ', false, io::Json::error_handler_t::replace) << "\n";
    return;
  }
  if (format == "markdown") {
    std::cout << "| rule | severity | what it checks | evidence |\n|---|---|---|---|\n";
    for (const Rule* r : rules)
      std::cout << fmt::format("| `{}` | {} | {} | {} |\n", r->id, to_string(r->severity), r->summary, r->evidence);
    return;
  }
  for (const Rule* r : rules) std::cout << fmt::format("{:<48} {:<8} {}\n", r->id, to_string(r->severity), r->summary);
}

void demo_vocabulary(std::ostream& out) {
  out << "== Reading the seed documents' spellings ==\n";
  for (const char* s : {"£139k", "£1,427k", "£2.04m", "£3.34", "£ 8,000", "-0", "(123)"}) {
    const auto a = parse_reported_amount(s);
    out << fmt::format("  money      {:<22} -> {} (resolution {})\n", s, to_string(a.value()), to_string(a.resolution()));
  }
  for (const char* s : {"Tuesday 3<sup>rd</sup> July 2018", "05/06/18", "Monday 3rd July 2018"}) {
    const auto d = parse_written_date(s);
    out << fmt::format("  date       {:<22} -> {}{}\n", s, long_form(d.date),
                       d.weekday_matches() ? "" : "  [the stated weekday is wrong]");
  }
  const auto range = parse_time_range("10.00pm – 11.45am");
  ValidationReport report;
  rules::check(range, "", report);  // the range is the whole value here
  out << fmt::format("  time range {:<22} -> {}\n", "10.00pm – 11.45am", report.empty() ? "ok" : to_string(report.diagnostics().front()));
  out << fmt::format("  period     {:<22} -> {} to {}\n", "2018/19 Month 2",
                     to_string(parse_financial_month("2018/19 Month 2").first_day()),
                     to_string(parse_financial_month("2018/19 Month 2").last_day()));
  try {
    (void)parse_quarter("Q1 2017");
  } catch (const ParseError& e) {
    out << fmt::format("  quarter    {:<22} -> {}\n", "Q1 2017", e.reason());
  }
  try {
    (void)parse_money("30p");
  } catch (const ParseError& e) {
    out << fmt::format("  money      {:<22} -> refused: {}\n", "30p", e.reason());
  }
}

}  // namespace

void add_core_commands(CLI::App& app) {
  auto* rules = app.add_subcommand("rules", "List every validation rule the library can report");
  static std::string format = "table";
  rules->add_option("--format", format, "table, json or markdown")->check(CLI::IsMember({"table", "json", "markdown"}));
  rules->callback([] { print_rules(format); });

  auto* demo = app.add_subcommand("demo", "Walk through the library on the seed documents");
  demo->callback([] {
    demo_vocabulary(std::cout);
    for (const auto& step : demo_steps()) step(std::cout);
  });
}

}  // namespace commissioning::cli
