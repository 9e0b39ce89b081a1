#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/risk/register.hpp"
#include "commissioning/risk/rules.hpp"

namespace commissioning {

// Printing and parsing come from the spelling tables in entry.hpp and register.hpp.
std::string_view to_string(RiskStatus s) noexcept { return spelling(s); }
RiskStatus parse_risk_status(std::string_view text) { return parse_spelling<RiskStatus>(text); }
std::string_view to_string(RegisterScope s) noexcept { return spelling(s); }
RegisterScope parse_register_scope(std::string_view text) { return parse_spelling<RegisterScope>(text); }

std::string_view to_string(Trend t) noexcept {
  switch (t) {
    case Trend::New: return "new";
    case Trend::Rising: return "rising";
    case Trend::Steady: return "steady";
    case Trend::Falling: return "falling";
    case Trend::Unscored: return "unscored";
  }
  return "?";
}

const RiskEntry* find_entry(const RiskRegister& r, std::string_view id) noexcept {
  for (const auto& e : r.entries)
    if (e.id == id) return &e;
  return nullptr;
}

std::vector<const RiskEntry*> risks_in_band(const RiskRegister& r, std::string_view band) {
  const auto index = r.banding.find(band);
  if (!index) throw std::invalid_argument(fmt::format("the banding policy \"{}\" has no band \"{}\"", r.banding.name(), band));
  std::vector<const RiskEntry*> out;
  for (const auto& e : r.entries)
    if (e.is_open() && e.current && r.banding.band_index(e.current->value()) == *index) out.push_back(&e);
  return out;
}

std::vector<const RiskEntry*> risks_above_appetite(const RiskRegister& r) {
  std::vector<const RiskEntry*> out;
  if (!r.appetite) return out;
  for (const auto& e : r.entries)
    if (e.is_open() && e.current && e.current->value() > *r.appetite) out.push_back(&e);
  return out;
}

std::vector<const RiskEntry*> overdue_reviews(const RiskRegister& r, Date as_of) {
  std::vector<const RiskEntry*> out;
  for (const auto& e : r.entries)
    if (e.is_open() && (!e.review_date || *e.review_date < as_of)) out.push_back(&e);
  return out;
}

std::vector<const RiskEntry*> top_risks(const RiskRegister& r, std::size_t n) {
  std::vector<const RiskEntry*> out;
  for (const auto& e : r.entries)
    if (e.is_open() && e.current) out.push_back(&e);
  std::stable_sort(out.begin(), out.end(), [](const RiskEntry* a, const RiskEntry* b) { return a->current->value() > b->current->value(); });
  if (out.size() > n) out.resize(n);
  return out;
}

std::vector<RiskTrend> trend_since(const RiskRegister& r, Date since) {
  std::vector<RiskTrend> out;
  for (const auto& e : r.entries) {
    RiskTrend t;
    t.entry = &e;
    if (e.current) t.now = e.current->value();
    for (const auto& h : e.history)
      if (h.date <= since) t.then = h.score.value();
    if (!t.now) t.trend = Trend::Unscored;
    else if (!t.then) t.trend = Trend::New;
    else if (*t.now > *t.then) t.trend = Trend::Rising;
    else if (*t.now < *t.then) t.trend = Trend::Falling;
    else t.trend = Trend::Steady;
    out.push_back(t);
  }
  return out;
}

int HeatMap::placed() const noexcept {
  int n = 0;
  for (const auto& row : cells)
    for (int c : row) n += c;
  return n;
}

int HeatMap::total() const noexcept {
  int n = placed() + unscored;
  for (const auto& [score, count] : score_only) n += count;
  return n;
}

HeatMap heat_map(const RiskRegister& r) {
  HeatMap m;
  for (const auto& e : r.entries) {
    if (!e.is_open()) continue;
    if (!e.current) {
      ++m.unscored;
    } else if (e.current->is_score_only()) {
      ++m.score_only[e.current->value()];
    } else {
      ++m.cells[static_cast<std::size_t>(e.current->impact()->value() - 1)][static_cast<std::size_t>(e.current->probability()->value() - 1)];
    }
  }
  return m;
}

std::vector<int> counts_by_band(const RiskRegister& r) {
  std::vector<int> counts(r.banding.bands().size(), 0);
  for (const auto& e : r.entries)
    if (e.is_open() && e.current) ++counts[r.banding.band_index(e.current->value())];
  return counts;
}

namespace rules {

std::span<const Rule* const> risk_rules() noexcept {
  static constexpr std::array<const Rule*, 9> list{&risk_ids_unique,       &risk_scores_ordered,   &risk_closed_has_reason,
                                                   &risk_closed_has_date,  &risk_review_not_overdue, &risk_open_has_score,
                                                   &risk_score_only,       &risk_owner_resolves,   &risk_history_ordered};
  return list;
}

ValidationReport validate(const RiskRegister& r, const RiskCheckOptions& options) {
  ValidationReport out;
  const auto as_of = options.as_of ? options.as_of : r.as_of;
  std::map<std::string, std::size_t> seen;
  auto owner_known = [&](const Initials& who) {
    return std::find(options.membership->begin(), options.membership->end(), who) != options.membership->end();
  };
  for (std::size_t k = 0; k < r.entries.size(); ++k) {
    const auto& e = r.entries[k];
    const auto path = pointer("", "entries", k);
    // A finding about a field the entry leaves out points at the entry: its JSON has no such key.
    const auto at = [&](std::string_view key, bool present) { return present ? pointer(path, key) : path; };
    if (const auto [it, fresh] = seen.emplace(e.id, k); !fresh)
      out.add(risk_ids_unique, pointer(path, "id"),
              fmt::format("risk id \"{}\" is also used by an earlier entry (index {})", e.id, it->second));

    if (e.target && e.current && e.target->value() > e.current->value())
      out.add(risk_scores_ordered, pointer(path, "target"),
              fmt::format("risk {}: target score {} is above the current score {}", e.id, e.target->value(), e.current->value()));
    if (e.current && e.inherent && e.current->value() > e.inherent->value())
      out.add(risk_scores_ordered, pointer(path, "current"),
              fmt::format("risk {}: current score {} is above the inherent score {}", e.id, e.current->value(), e.inherent->value()));
    if (e.target && !e.current && e.inherent && e.target->value() > e.inherent->value())
      out.add(risk_scores_ordered, pointer(path, "target"),
              fmt::format("risk {}: target score {} is above the inherent score {}", e.id, e.target->value(), e.inherent->value()));

    if (e.status == RiskStatus::Closed && text::trim(e.status_reason).empty())
      out.add(risk_closed_has_reason, at("status_reason", !e.status_reason.empty()), fmt::format("risk {} is closed but no reason is given", e.id));
    if (e.status != RiskStatus::Open && !e.status_date)
      out.add(risk_closed_has_date, path,
              fmt::format("risk {} is {} but the document gives no date", e.id, to_string(e.status)));

    if (e.is_open()) {
      if (!e.current)
        out.add(risk_open_has_score, path, fmt::format("risk {} is open but has no current score", e.id));
      else if (e.current->is_score_only())
        out.add(risk_score_only, pointer(path, "current"),
                fmt::format("risk {} is scored {} without probability and impact", e.id, e.current->value()));
      if (as_of) {
        if (!e.review_date)
          out.add(risk_review_not_overdue, path, fmt::format("risk {} is open and has no review date", e.id));
        else if (*e.review_date < *as_of)
          out.add(risk_review_not_overdue, pointer(path, "review_date"),
                  fmt::format("risk {} was due for review on {}, before {}", e.id, to_string(*e.review_date), to_string(*as_of)));
      }
    }

    if (options.membership) {
      if (e.owner && !owner_known(*e.owner))
        out.add(risk_owner_resolves, pointer(path, "owner"), fmt::format("risk {}: owner {} is not in the membership", e.id, e.owner->str()));
      for (std::size_t a = 0; a < e.actions.size(); ++a)
        if (e.actions[a].owner && !owner_known(*e.actions[a].owner))
          out.add(risk_owner_resolves, pointer(path, "actions", a, "owner"),
                  fmt::format("risk {}: action owner {} is not in the membership", e.id, e.actions[a].owner->str()));
    }

    for (std::size_t h = 1; h < e.history.size(); ++h)
      if (e.history[h].date < e.history[h - 1].date)
        out.add(risk_history_ordered, pointer(path, "history", h, "date"),
                fmt::format("risk {}: history entry {} ({}) comes before the entry above it ({})", e.id, h,
                            to_string(e.history[h].date), to_string(e.history[h - 1].date)));
  }
  return out;
}

}  // namespace rules
}  // namespace commissioning
