// `commissioning programme report`: RAG per workstream, slipping milestones, assurance, targets.
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "commissioning/commissioning.hpp"
#include "commissioning/fixtures/gpfv_staffordshire.hpp"
#include "commissioning/fixtures/programme_seeds.hpp"

namespace commissioning::cli {

namespace {

std::string rag_text(const std::optional<Rag>& r) { return r ? std::string(to_string(*r)) : "–"; }

io::Json rag_json(const std::optional<Rag>& r) { return r ? io::Json(std::string(to_string(*r))) : io::Json(nullptr); }

// What the table prints, for scripts: the same figures, with the findings as diagnostics.
io::Json report_json(const Programme& p, const std::optional<Date>& as_of, const ValidationReport& findings) {
  io::Json j{{"name", p.name}, {"organisation", p.organisation}, {"as_of", as_of ? io::Json(to_string(*as_of)) : io::Json(nullptr)}};
  io::Json reports = io::Json::array();
  for (const auto& r : p.reports)
    reports.push_back({{"workstream", r.workstream}, {"month", to_string(r.month_covered)}, {"status", rag_json(r.status)},
                       {"impact_if_not_achieved", rag_json(r.impact_if_not_achieved)}, {"activities", r.activities.size()},
                       {"new_risks", std::count_if(r.new_risks.begin(), r.new_risks.end(), [](const NewRiskRow& n) { return !n.risk_id.empty(); })}});
  j["reports"] = reports;
  std::size_t milestones = 0;
  for (const auto& plan : p.plans) milestones += plan.milestones.size();
  j["plans"] = p.plans.size();
  j["milestones"] = milestones;
  if (as_of) {
    io::Json slipping = io::Json::array();
    for (const auto& s : slipping_milestones(p, *as_of))
      slipping.push_back({{"plan", s.plan->title}, {"version", s.plan->version}, {"milestone", s.milestone->id},
                          {"due", s.milestone->due.verbatim()}, {"latest", to_string(s.milestone->due.latest())},
                          {"description", s.milestone->description}});
    j["slipping"] = slipping;
  }
  if (p.assurance) {
    const auto& a = *p.assurance;
    const auto derived = derived_assurance(a);
    io::Json domains = io::Json::array();
    for (const auto& d : a.domains) domains.push_back({{"domain", d.domain}, {"state", std::string(to_string(d.state))}});
    j["assurance"] = {{"organisation", a.organisation},
                      {"stated", a.stated ? io::Json(std::string(to_string(*a.stated))) : io::Json(nullptr)},
                      {"derived", derived ? io::Json(std::string(to_string(*derived))) : io::Json(nullptr)},
                      {"domains", domains}};
  }
  j["targets"] = p.targets;
  if (p.risks) {
    const auto counts = counts_by_band(*p.risks);
    io::Json bands = io::Json::array();
    for (std::size_t b = 0; b < counts.size(); ++b) bands.push_back({{"band", p.risks->banding.bands()[b].name}, {"open", counts[b]}});
    j["risk_register"] = {{"name", p.risks->name}, {"risks", p.risks->entries.size()}, {"open_by_band", bands}};
  }
  j["errors"] = findings.count(Severity::Error);
  j["warnings"] = findings.count(Severity::Warning);
  j["notes"] = findings.count(Severity::Info);
  j["diagnostics"] = findings;
  return j;
}

void report(const std::string& file, const std::string& as_of_text, const std::string& format) {
  const auto p = io::from_json_file<Programme>(file);
  rules::ProgrammeCheckOptions options;
  if (!as_of_text.empty()) options.as_of = parse_date(as_of_text);
  const auto as_of = options.as_of ? options.as_of : p.as_of;
  if (format == "json") {
    const auto findings = rules::validate(p, options);
    std::cout << report_json(p, as_of, findings).dump(2, ' ', false, io::Json::error_handler_t::replace) << "\n";
    if (findings.has_errors()) exit_code() = exit_findings;
    return;
  }
  std::cout << fmt::format("{}{}\n", p.name, p.organisation.empty() ? "" : " — " + p.organisation);
  std::cout << fmt::format("as of {}\n", as_of ? to_string(*as_of) : "no date");

  if (!p.reports.empty()) {
    std::cout << fmt::format("\n{:<16} {:<15} {:<7} {:<8} {:>10} {:>9}\n", "workstream", "month", "status", "impact", "activities",
                             "new risks");
    int red = 0, amber = 0, green = 0;
    for (const auto& r : p.reports) {
      const auto linked = std::count_if(r.new_risks.begin(), r.new_risks.end(), [](const NewRiskRow& n) { return !n.risk_id.empty(); });
      std::cout << fmt::format("{:<16} {:<15} {:<7} {:<8} {:>10} {:>9}\n", r.workstream, to_string(r.month_covered),
                               rag_text(r.status), rag_text(r.impact_if_not_achieved), r.activities.size(), linked);
      if (r.status == Rag::Red) ++red;
      if (r.status == Rag::Amber) ++amber;
      if (r.status == Rag::Green) ++green;
    }
    std::cout << fmt::format("status: {} red, {} amber, {} green\n", red, amber, green);
  }

  if (!p.plans.empty()) {
    std::size_t milestones = 0;
    for (const auto& plan : p.plans) milestones += plan.milestones.size();
    std::cout << fmt::format("\n{} plans, {} milestones\n", p.plans.size(), milestones);
    if (as_of) {
      const auto slipping = slipping_milestones(p, *as_of);
      std::cout << fmt::format("slipping as of {}: {}\n", to_string(*as_of), slipping.size());
      for (const auto& s : slipping)
        std::cout << fmt::format("  {} {} {:<6} due \"{}\" (by {}): {}\n", s.plan->title, s.plan->version, s.milestone->id,
                                 s.milestone->due.verbatim(), to_string(s.milestone->due.latest()), s.milestone->description);
    }
  }

  if (p.assurance) {
    const auto& a = *p.assurance;
    const auto derived = derived_assurance(a);
    std::cout << fmt::format("\nGPFV assurance ({}): stated {}; the domains imply {}\n", a.organisation,
                             a.stated ? std::string(to_string(*a.stated)) : "nothing",
                             derived ? std::string(to_string(*derived)) : "nothing (no domains listed)");
    for (const auto& d : a.domains) std::cout << fmt::format("  {:<45} {}\n", d.domain, to_string(d.state));
  }

  if (!p.targets.empty()) {
    std::cout << "\ntargets:\n";
    for (const auto& t : p.targets)
      std::cout << fmt::format("  {:<20} {} {} {}{}{}\n", t.id, to_string(t.comparison), to_string(t.value), t.unit,
                               t.deadline.verbatim().empty() ? "" : " by " + t.deadline.verbatim(),
                               t.rag ? fmt::format(" [{}{}]", to_string(*t.rag), t.status_as_of ? ", " + to_string(*t.status_as_of) : "")
                                     : "");
  }

  if (p.risks) {
    const auto counts = counts_by_band(*p.risks);
    std::cout << fmt::format("\nrisk register \"{}\": {} risks; open by band:", p.risks->name, p.risks->entries.size());
    for (std::size_t b = 0; b < counts.size(); ++b) std::cout << fmt::format(" {} {};", p.risks->banding.bands()[b].name, counts[b]);
    std::cout << "\n";
  }

  const auto findings = rules::validate(p, options);
  std::cout << "\n";
  if (findings.empty()) {
    std::cout << "validation: no findings\n";
  } else {
    std::cout << fmt::format("validation: {} errors, {} warnings, {} notes\n", findings.count(Severity::Error),
                             findings.count(Severity::Warning), findings.count(Severity::Info));
    for (const auto& d : findings.diagnostics()) std::cout << "  " << to_string(d) << "\n";
  }
  if (findings.has_errors()) exit_code() = exit_findings;
}

}  // namespace

void add_programme_commands(CLI::App& app) {
  auto* programme = app.add_subcommand("programme", "Programme reporting: highlight reports, milestones, assurance");
  programme->require_subcommand(1);
  static std::string file, as_of, format = "table";
  auto* r = programme->add_subcommand("report", "RAG per workstream, slipping milestones, assurance, targets and findings");
  r->add_option("file", file, "programme JSON; - is standard input")->required();
  r->add_option("--as-of", as_of, "date for slipping milestones and reviews (default: the programme's as_of)");
  r->add_option("--format", format, "table or json")->check(CLI::IsMember({"table", "json"}));
  r->callback([] { report(file, as_of, format); });

  static std::string which, out;
  auto* f = programme->add_subcommand("fixture", "Write a seed programme as JSON: gpfv (seed 000), wolverhampton (001), luton (003), dorset (004)");
  f->add_option("which", which, "gpfv, wolverhampton, luton or dorset")
      ->required()
      ->check(CLI::IsMember({"gpfv", "wolverhampton", "luton", "dorset"}));
  add_output_option(f, out);
  f->callback([] {
    const auto p = which == "gpfv" ? fixtures::staffordshire_gpfv_june_2018()
                   : which == "wolverhampton" ? fixtures::wolverhampton_programme()
                   : which == "luton"         ? fixtures::luton_programme()
                                              : fixtures::dorset_programme();
    const auto text = io::Json(p).dump(2) + "\n";
    if (out.empty() || out == "-") std::cout << text;
    else io::write_text_file(out, text);
  });
}

}  // namespace commissioning::cli
