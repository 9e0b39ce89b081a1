// Parsers and small logic of the governance entities.
#include <fmt/format.h>

#include <gsl/assert>

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/governance/action_log.hpp"
#include "commissioning/governance/agenda.hpp"
#include "commissioning/governance/attendance.hpp"
#include "commissioning/governance/meeting.hpp"
#include "commissioning/governance/member.hpp"
#include "commissioning/governance/minute.hpp"
#include "commissioning/governance/organisation.hpp"
#include "commissioning/governance/quorum_rule.hpp"

namespace commissioning::governance {

namespace {
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_alpha(char c) noexcept { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Lower case, with runs of anything but letters and digits folded to one space.
std::string fold_name(std::string_view s) {
  std::string out;
  bool gap = false;
  for (char c : text::normalise(s)) {
    if (is_alpha(c) || is_digit(c)) {
      if (gap && !out.empty()) out += ' ';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

constexpr std::array<std::string_view, 12> month_abbrev{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                        "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
}  // namespace

// --- Organisation -----------------------------------------------------------------------

bool Organisation::is_known_as(std::string_view t) const {
  const auto key = fold_name(t);
  if (key.empty()) return false;
  if (key == fold_name(id) || key == fold_name(name)) return true;
  return std::any_of(aliases.begin(), aliases.end(), [&](const std::string& a) { return fold_name(a) == key; });
}

const Organisation* find_organisation(std::span<const Organisation> orgs, std::string_view t) {
  for (const auto& o : orgs)
    if (o.is_known_as(t)) return &o;
  return nullptr;
}

// --- Quorum rule ------------------------------------------------------------------------

std::string describe(const QuorumRule& r) {
  if (!r.defined()) return "no quorum defined";
  std::string out = fmt::format("{} voting member{}", r.min_voting_present, r.min_voting_present == 1 ? "" : "s");
  if (!r.min_per_category.empty()) {
    out += ", including ";
    for (std::size_t i = 0; i < r.min_per_category.size(); ++i) {
      const auto& c = r.min_per_category[i];
      if (i != 0) out += i + 1 == r.min_per_category.size() ? " and " : ", ";
      out += fmt::format("{} {} member{}", c.minimum, to_string(c.category), c.minimum == 1 ? "" : "s");
    }
  }
  out += r.conflicted_members_count ? "; conflicted members count" : "; conflicted members do not count";
  return out;
}

// --- Member and attendance --------------------------------------------------------------

bool Member::votes_on(std::string_view committee) const {
  return voting && std::find(committees.begin(), committees.end(), committee) != committees.end();
}

bool AttendanceGrid::has_column(const Date& d) const {
  return std::find(columns.begin(), columns.end(), d) != columns.end();
}

Attendance attendance_from_mark(Initials person, std::string_view mark) {
  return Attendance{person, parse_attendance_mark(mark), std::string(mark)};
}

// --- Agenda -----------------------------------------------------------------------------

AgendaNumber::AgendaNumber(std::string_view input) {
  const auto t = text::trim(input);
  if (t.empty()) throw ParseError("an agenda number", input, 0, "empty");
  std::size_t i = 0;
  while (i < t.size()) {
    const std::size_t begin = i;
    unsigned v = 0;
    while (i < t.size() && is_digit(t[i])) {
      v = v * 10 + static_cast<unsigned>(t[i] - '0');
      if (v > 99) throw ParseError("an agenda number", input, begin, "each level is 1–99");
      ++i;
    }
    if (i == begin) throw ParseError("an agenda number", input, i, "expected a number such as 7 or 7.1");
    if (v == 0) throw ParseError("an agenda number", input, begin, "levels start at 1");
    if (depth_ == max_depth) throw ParseError("an agenda number", input, begin, "more than 4 levels");
    parts_[depth_++] = static_cast<std::uint8_t>(v);
    if (i == t.size()) break;
    if (t[i] != '.') throw ParseError("an agenda number", input, i, "expected '.' between levels");
    ++i;
    if (i == t.size()) break;  // "7." as some agendas write it
  }
}

AgendaNumber AgendaNumber::parent() const {
  Expects(has_parent());
  AgendaNumber p = *this;
  p.parts_[--p.depth_] = 0;
  return p;
}

bool AgendaNumber::is_ancestor_of(const AgendaNumber& other) const noexcept {
  if (depth_ >= other.depth_) return false;
  for (std::size_t i = 0; i < depth_; ++i)
    if (parts_[i] != other.parts_[i]) return false;
  return true;
}

std::strong_ordering operator<=>(const AgendaNumber& a, const AgendaNumber& b) noexcept {
  const std::size_t n = std::min(a.depth_, b.depth_);
  for (std::size_t i = 0; i < n; ++i)
    if (auto c = a.parts_[i] <=> b.parts_[i]; c != 0) return c;
  return a.depth_ <=> b.depth_;
}

std::string to_string(const AgendaNumber& n) {
  std::string out;
  for (std::size_t i = 0; i < n.depth(); ++i) out += (i ? "." : "") + std::to_string(n.part(i));
  return out;
}

std::string to_string(const PaperRef& p) {
  if (p.kind == PaperKind::Enclosure) return "Enc. " + p.enclosure;
  return std::string(to_string(p.kind));
}

PaperRef parse_paper_ref(std::string_view input) {
  const std::string t{text::trim(text::normalise(input))};
  for (std::string_view prefix : {"Enclosure:", "Enclosure", "Enc.", "Enc"}) {
    if (text::istarts_with(t, prefix)) {
      const auto number = std::string(text::trim(std::string_view(t).substr(prefix.size())));
      if (number.empty()) throw ParseError("a paper reference", input, t.size(), "an enclosure needs its number: Enc. 6.1");
      (void)AgendaNumber(number);  // same shape as an agenda number; throws otherwise
      return PaperRef{PaperKind::Enclosure, number};
    }
  }
  if (text::iequals(t, "Verbal")) return PaperRef{PaperKind::Verbal, {}};
  if (text::iequals(t, "Update")) return PaperRef{PaperKind::Update, {}};
  if (text::iequals(t, "Table")) return PaperRef{PaperKind::Table, {}};
  if (text::iequals(t, "Pres.") || text::iequals(t, "Pres") || text::iequals(t, "Presentation"))
    return PaperRef{PaperKind::Presentation, {}};
  throw ParseError("a paper reference", input, 0, "expected Enc. n.n, Verbal, Update, Table or Pres.");
}

std::vector<Purpose> parse_purposes(std::string_view input) {
  std::vector<Purpose> out;
  std::size_t i = 0;
  const std::string t = text::normalise(input);
  while (i <= t.size()) {
    auto j = t.find('/', i);
    if (j == std::string::npos) j = t.size();
    const auto raw = std::string_view(t).substr(i, j - i);
    const auto part = text::trim(raw);
    const std::size_t at = i + (part.empty() ? 0 : raw.find(part.front()));
    if (part.empty()) throw ParseError("an agenda purpose", input, i, "empty purpose (expected e.g. To Note / Decision)");
    Purpose p;
    try {
      p = parse_purpose(part);
    } catch (const ParseError& e) {
      throw ParseError("an agenda purpose", input, at, e.reason());
    }
    if (std::find(out.begin(), out.end(), p) != out.end())
      throw ParseError("an agenda purpose", input, at, fmt::format("\"{}\" is given twice", to_string(p)));
    out.push_back(p);
    i = j + 1;
  }
  return out;
}

std::string to_string(const std::vector<Purpose>& ps) {
  std::string out;
  for (auto p : ps) out += (out.empty() ? "" : " / ") + std::string(to_string(p));
  return out;
}

// --- Minutes ----------------------------------------------------------------------------

MinuteReference::MinuteReference(int year, unsigned month, unsigned serial) : year_{year}, month_{month}, serial_{serial} {
  if (year < 1990 || year > 2100) throw std::invalid_argument(fmt::format("minute year {} is outside 1990–2100", year));
  if (month < 1 || month > 12) throw std::invalid_argument(fmt::format("minute month {} is outside 1–12", month));
  if (serial < 1 || serial > 9999) throw std::invalid_argument(fmt::format("minute serial {} is outside 1–9999", serial));
}

std::string to_string(const MinuteReference& r) {
  if (!r.ok()) return "(none)";
  return fmt::format("{}/{} /{:03}", r.year(), month_abbrev[r.month() - 1], r.serial());
}

MinuteReference parse_minute_reference(std::string_view input) {
  const std::string_view t = input;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) ++i;
  };
  auto fail = [&](std::size_t at, std::string reason) -> MinuteReference {
    throw ParseError("a minute reference", input, at, std::move(reason) + " (expected e.g. 2018/JUN /062)");
  };
  skip_space();
  const std::size_t ys = i;
  int year = 0;
  while (i < t.size() && is_digit(t[i]) && i - ys < 4) year = year * 10 + (t[i++] - '0');
  if (i - ys != 4) return fail(ys, "expected a four-digit year");
  skip_space();
  if (i >= t.size() || t[i] != '/') return fail(i, "expected '/' after the year");
  ++i;
  skip_space();
  const std::size_t ms = i;
  std::string mon;
  while (i < t.size() && is_alpha(t[i])) mon += static_cast<char>(std::toupper(static_cast<unsigned char>(t[i++])));
  unsigned month = 0;
  for (unsigned m = 0; m < 12; ++m)
    if (mon == month_abbrev[m]) month = m + 1;
  if (month == 0) return fail(ms, fmt::format("unknown month \"{}\"", std::string(t.substr(ms, i - ms))));
  skip_space();
  if (i >= t.size() || t[i] != '/') return fail(i, "expected '/' before the serial");
  ++i;
  skip_space();
  const std::size_t ss = i;
  unsigned serial = 0;
  while (i < t.size() && is_digit(t[i]) && i - ss < 4) serial = serial * 10 + static_cast<unsigned>(t[i++] - '0');
  if (i == ss) return fail(ss, "expected a serial number");
  skip_space();
  if (i != t.size()) return fail(i, "unexpected text after the serial");
  if (serial == 0) return fail(ss, "serials start at 1");
  if (year < 1990 || year > 2100) return fail(ys, "year outside 1990–2100");
  return MinuteReference(year, month, serial);
}

std::vector<Initials> parse_owners(std::string_view input) {
  std::vector<Initials> out;
  const std::string t = text::normalise(input);
  std::size_t i = 0;
  while (i <= t.size()) {
    auto j = t.find_first_of("/,&", i);
    if (j == std::string::npos) j = t.size();
    const auto part = text::trim(std::string_view(t).substr(i, j - i));
    if (part.empty()) throw ParseError("action owners", input, i, "empty owner (expected e.g. LM/MM)");
    try {
      out.emplace_back(part);
    } catch (const ParseError& e) {
      throw ParseError("action owners", input, i, e.reason());
    }
    i = j + 1;
  }
  return out;
}

ActionStatus status_from_outcome(std::string_view outcome) {
  const auto t = text::to_lower(text::normalise(outcome));
  if (t.find("on the agenda") != std::string::npos) return ActionStatus::OnAgenda;
  if (t.find("to be presented") != std::string::npos || t.find("deferred") != std::string::npos)
    return ActionStatus::Deferred;
  if (t.rfind("complete", 0) == 0 || t.rfind("closed", 0) == 0) return ActionStatus::Complete;
  return ActionStatus::Open;
}

// --- Meeting ----------------------------------------------------------------------------

Postcode::Postcode(std::string_view input) {
  std::string compact;
  for (char c : input)
    if (c != ' ' && c != '\t') compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto fail = [&](std::string reason) { throw ParseError("a postcode", input, 0, std::move(reason)); };
  if (compact.size() < 5 || compact.size() > 7) fail("a UK postcode has 5–7 characters, e.g. ST1 4FA");
  const std::string inward = compact.substr(compact.size() - 3);
  const std::string outward = compact.substr(0, compact.size() - 3);
  if (!is_digit(inward[0]) || !is_alpha(inward[1]) || !is_alpha(inward[2]))
    fail("the inward code (last three characters) is a digit and two letters, e.g. 4FA");
  if (!is_alpha(outward[0])) fail("the outward code starts with a letter");
  bool seen_digit = false;
  for (std::size_t k = 1; k < outward.size(); ++k) {
    if (is_digit(outward[k])) seen_digit = true;
    else if (!is_alpha(outward[k])) fail("the outward code holds only letters and digits");
  }
  if (!seen_digit) fail("the outward code holds a district number, e.g. ST1");
  code_ = outward + " " + inward;
}

const Attendance* Meeting::attendance_of(const Initials& who) const noexcept {
  for (const auto& a : attendance)
    if (a.person == who) return &a;
  return nullptr;
}

const Member* MeetingPack::member(const Initials& who) const noexcept {
  for (const auto& m : members)
    if (m.initials == who) return &m;
  return nullptr;
}

std::vector<const Member*> MeetingPack::voting_members(std::string_view c) const {
  std::vector<const Member*> out;
  for (const auto& m : members)
    if (m.votes_on(c)) out.push_back(&m);
  return out;
}

const Committee* MeetingPack::committee(std::string_view id) const noexcept {
  for (const auto& c : committees)
    if (c.id == id) return &c;
  return nullptr;
}

const Meeting* MeetingPack::meeting_on(const Date& d) const noexcept {
  for (const auto& m : meetings)
    if (m.date.date == d) return &m;
  return nullptr;
}

}  // namespace commissioning::governance
