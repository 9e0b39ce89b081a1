#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/programme/programme.hpp"
#include "commissioning/programme/rules.hpp"
#include "commissioning/risk/rules.hpp"

namespace commissioning {

std::string_view to_string(MilestoneStatus s) noexcept { return spelling(s); }

MilestoneStatus parse_milestone_status(std::string_view text) {
  if (text::trim(text).empty()) return MilestoneStatus::NotStated;
  if (const auto s = find_spelling<MilestoneStatus>(text); s && *s != MilestoneStatus::NotStated) return *s;
  throw ParseError("a milestone status", text, 0, "expected completed, not started, in progress, delayed or cancelled");
}

bool is_slipping(const Milestone& m, Date as_of) {
  if (m.status == MilestoneStatus::Completed || m.status == MilestoneStatus::Cancelled) return false;
  return m.due.has_dates() && m.due.latest() < as_of;
}

std::string_view to_string(ProgressStatus p) noexcept { return spelling(p); }

ProgressStatus parse_progress_status(std::string_view text) { return parse_spelling<ProgressStatus>(text); }

Rag to_rag(ProgressStatus p) noexcept {
  switch (p) {
    case ProgressStatus::OnSchedule: return Rag::Green;
    case ProgressStatus::BehindWithMitigation: return Rag::Amber;
    case ProgressStatus::Behind: return Rag::Red;
  }
  return Rag::Red;
}

std::string_view to_string(Comparison c) noexcept { return spelling(c); }

Comparison parse_comparison(std::string_view text) { return parse_spelling<Comparison>(text); }

std::string to_string(Decimal2 d) {
  const auto h = d.hundredths();
  const auto mag = h < 0 ? -(h / 100) : h / 100;
  const auto frac = h < 0 ? -(h % 100) : h % 100;
  const std::string sign = h < 0 ? "-" : "";
  if (frac == 0) return fmt::format("{}{}", sign, mag);
  if (frac % 10 == 0) return fmt::format("{}{}.{}", sign, mag, frac / 10);
  return fmt::format("{}{}.{:02}", sign, mag, frac);
}

Decimal2 parse_decimal2(std::string_view input) {
  constexpr std::string_view kind = "a number";
  const auto s = text::trim(input);
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  std::int64_t whole = 0;
  int digits = 0;
  constexpr std::int64_t limit = INT64_MAX / 1000;
  for (; i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ','); ++i) {
    if (s[i] == ',') continue;
    if (whole > limit) throw ParseError(kind, input, i, "too large");
    whole = whole * 10 + (s[i] - '0');
    ++digits;
  }
  if (digits == 0) throw ParseError(kind, input, i, "expected digits");
  std::int64_t frac = 0;
  int places = 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
    for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) {
      if (++places > 2) throw ParseError(kind, input, i, "more than two decimal places");
      frac = frac * 10 + (s[i] - '0');
    }
    if (places == 0) throw ParseError(kind, input, i, "expected digits after the point");
    if (places == 1) frac *= 10;
  }
  if (i != s.size()) throw ParseError(kind, input, i, "unexpected text after the number");
  const auto h = whole * 100 + frac;
  return Decimal2::from_hundredths(negative ? -h : h);
}

bool meets(const Target& t, Decimal2 achieved, std::optional<Decimal2> baseline) {
  const auto a = achieved.hundredths(), v = t.value.hundredths();
  switch (t.comparison) {
    case Comparison::AtLeast: return a >= v;
    case Comparison::MoreThan: return a > v;
    case Comparison::AtMost: return a <= v;
    case Comparison::LessThan: return a < v;
    case Comparison::EqualTo: return a == v;
    case Comparison::ReduceByPercent:
    case Comparison::IncreaseByPercent: {
      if (!baseline || baseline->hundredths() == 0) throw std::invalid_argument("a percentage change needs a non-zero baseline");
      // change% in hundredths = (b - a) / b × 100 × 100 for a reduction; compared without division.
      const auto b = baseline->hundredths();
      const auto lhs = (t.comparison == Comparison::ReduceByPercent ? b - a : a - b) * 10000;
      const auto rhs = v * b;
      return b > 0 ? lhs >= rhs : lhs <= rhs;
    }
  }
  return false;
}

std::string_view to_string(AssuranceState s) noexcept { return spelling(s); }

AssuranceState parse_assurance_state(std::string_view text) { return parse_spelling<AssuranceState>(text); }

std::string_view to_string(OverallAssurance s) noexcept { return spelling(s); }

OverallAssurance parse_overall_assurance(std::string_view text) { return parse_spelling<OverallAssurance>(text); }

bool same_domain(std::string_view a, std::string_view b) noexcept {
  auto next = [](std::string_view s, std::size_t& i) -> int {
    while (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == '\t')) ++i;
    return i < s.size() ? std::tolower(static_cast<unsigned char>(s[i++])) : -1;
  };
  std::size_t i = 0, j = 0;
  for (;;) {
    const int x = next(a, i), y = next(b, j);
    if (x != y) return false;
    if (x == -1) return true;
  }
}

std::optional<OverallAssurance> derived_assurance(const AssuranceStatus& a) {
  if (a.domains.empty()) return std::nullopt;
  int counted = 0, assured = 0;
  for (const auto& d : a.domains) {
    const bool exempt = std::any_of(a.exempt_domains.begin(), a.exempt_domains.end(),
                                    [&](const std::string& e) { return same_domain(e, d.domain); });
    if (exempt) continue;
    ++counted;
    if (d.state == AssuranceState::Assured) ++assured;
  }
  if (assured == counted) return OverallAssurance::FullyAssured;
  return assured == 0 ? OverallAssurance::NotAssured : OverallAssurance::PartialAssurance;
}

const Workstream* find_workstream(const Programme& p, std::string_view id) noexcept {
  for (const auto& w : p.workstreams)
    if (w.id == id) return &w;
  return nullptr;
}

std::vector<SlippingMilestone> slipping_milestones(const Programme& p, Date as_of) {
  std::vector<SlippingMilestone> out;
  for (const auto& plan : p.plans)
    for (const auto& m : plan.milestones)
      if (is_slipping(m, as_of)) out.push_back({&plan, &m});
  return out;
}

namespace rules {

std::span<const Rule* const> programme_rules() noexcept {
  static constexpr std::array<const Rule*, 8> list{
      &programme_report_workstream_known, &programme_report_risk_links,        &programme_report_has_status,
      &programme_plan_ids_unique,         &programme_plan_version_unique,      &programme_milestone_slipping,
      &programme_assurance_follows_domains, &programme_target_interim_before_deadline};
  return list;
}

ValidationReport validate(const Programme& p, const ProgrammeCheckOptions& options) {
  ValidationReport out;
  const auto as_of = options.as_of ? options.as_of : p.as_of;
  for (std::size_t k = 0; k < p.reports.size(); ++k) {
    const auto& r = p.reports[k];
    const auto path = pointer("", "reports", k);
    if (!find_workstream(p, r.workstream))
      out.add(programme_report_workstream_known, pointer(path, "workstream"),
              fmt::format("the report names workstream \"{}\", which the programme does not list", r.workstream));
    if (!r.status)
      // A report without a status has no "status" key: the report is the nearest node.
      out.add(programme_report_has_status, path, fmt::format("the {} report gives no status RAG", r.workstream));
    for (std::size_t n = 0; n < r.new_risks.size(); ++n) {
      const auto& row = r.new_risks[n];
      if (row.risk_id.empty()) continue;
      if (!p.risks || !find_entry(*p.risks, row.risk_id))
        out.add(programme_report_risk_links, pointer(path, "new_risks", n, "risk_id"),
                fmt::format("row {} links to risk \"{}\", which is not in the programme's register", row.number, row.risk_id));
    }
  }
  std::map<std::pair<std::string, std::string>, std::size_t> plans_seen;
  for (std::size_t k = 0; k < p.plans.size(); ++k) {
    const auto& plan = p.plans[k];
    const auto path = pointer("", "plans", k);
    if (const auto [it, fresh] = plans_seen.emplace(std::pair{plan.title, plan.version}, k); !fresh)
      out.add(programme_plan_version_unique, plan.version.empty() ? path : pointer(path, "version"),
              fmt::format("plan \"{}\" version \"{}\" is also {}", plan.title, plan.version, pointer("", "plans", it->second)));
    std::map<std::string, std::size_t> ids;
    for (std::size_t m = 0; m < plan.milestones.size(); ++m) {
      const auto& ms = plan.milestones[m];
      const auto mpath = pointer(path, "milestones", m);
      if (!ms.id.empty())
        if (const auto [it, fresh] = ids.emplace(ms.id, m); !fresh)
          out.add(programme_plan_ids_unique, pointer(mpath, "id"),
                  fmt::format("milestone id \"{}\" is also {} of \"{}\" {}", ms.id, pointer(path, "milestones", it->second),
                              plan.title, plan.version));
      if (as_of && is_slipping(ms, *as_of))
        out.add(programme_milestone_slipping, pointer(mpath, "due"),
                fmt::format("milestone {} (\"{}\") was due by {} and is {}", ms.id.empty() ? "without id" : ms.id, ms.due.verbatim(),
                            to_string(ms.due.latest()), ms.status == MilestoneStatus::NotStated ? "not marked complete" : to_string(ms.status)));
    }
  }
  if (p.assurance && p.assurance->stated) {
    const auto derived = derived_assurance(*p.assurance);
    if (derived && *p.assurance->stated == OverallAssurance::FullyAssured && *derived != OverallAssurance::FullyAssured) {
      std::string missing;
      for (const auto& d : p.assurance->domains) {
        const bool exempt = std::any_of(p.assurance->exempt_domains.begin(), p.assurance->exempt_domains.end(),
                                        [&](const std::string& e) { return same_domain(e, d.domain); });
        if (!exempt && d.state != AssuranceState::Assured) missing += (missing.empty() ? "" : ", ") + d.domain;
      }
      out.add(programme_assurance_follows_domains, pointer("", "assurance", "stated"),
              fmt::format("the plan is stated fully assured, but these domains are not assured: {}", missing));
    } else if (derived && *p.assurance->stated != *derived) {
      out.add(programme_assurance_follows_domains, pointer("", "assurance", "stated"),
              fmt::format("the plan is stated as {}, but its domains imply {}", to_string(*p.assurance->stated), to_string(*derived)));
    }
  }
  for (std::size_t k = 0; k < p.targets.size(); ++k) {
    const auto& t = p.targets[k];
    if (!t.deadline.has_dates()) continue;
    for (std::size_t n = 0; n < t.interim.size(); ++n)
      if (t.interim[n].due.has_dates() && t.interim[n].due.earliest() > t.deadline.latest())
        out.add(programme_target_interim_before_deadline, pointer("", "targets", k, "interim", n, "due"),
                fmt::format("target {}: interim step \"{}\" falls after the deadline \"{}\"", t.id, t.interim[n].due.verbatim(),
                            t.deadline.verbatim()));
  }
  if (p.risks) {
    RiskCheckOptions ro;
    ro.as_of = as_of;
    const auto risk_report = validate(*p.risks, ro);
    for (auto d : risk_report.diagnostics()) {
      d.path = pointer("", "risks") + d.path;
      out.add(std::move(d));
    }
  }
  return out;
}

}  // namespace rules
}  // namespace commissioning
