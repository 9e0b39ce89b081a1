#pragma once
// Agenda items: hierarchical numbers ("7.1"), papers ("Enc. 6.1", "Verbal"), purposes
// ("To Note / Decision"), presenter, start time and duration.
#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/initials.hpp"
#include "commissioning/core/time_of_day.hpp"
#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

class AgendaNumber {
 public:
  static constexpr std::size_t max_depth = 4;
  AgendaNumber() = default;
  // "7", "7.1", "7.1.2": 1–4 levels, each 1–99. Throws ParseError.
  explicit AgendaNumber(std::string_view text);

  bool ok() const noexcept { return depth_ != 0; }
  std::size_t depth() const noexcept { return depth_; }
  unsigned part(std::size_t i) const noexcept { return parts_[i]; }
  bool has_parent() const noexcept { return depth_ > 1; }
  AgendaNumber parent() const;  // "7.1" -> "7"; requires has_parent()
  bool is_ancestor_of(const AgendaNumber& other) const noexcept;

  friend bool operator==(const AgendaNumber&, const AgendaNumber&) = default;
  friend std::strong_ordering operator<=>(const AgendaNumber& a, const AgendaNumber& b) noexcept;

 private:
  std::array<std::uint8_t, max_depth> parts_{};
  std::uint8_t depth_{0};
};
std::string to_string(const AgendaNumber& n);

// A paper tabled for an item. Enclosures carry their number ("6.1").
struct PaperRef {
  PaperKind kind{PaperKind::Verbal};
  std::string enclosure;  // only for Enclosure
  friend bool operator==(const PaperRef&, const PaperRef&) = default;
};
std::string to_string(const PaperRef& p);  // "Enc. 6.1", "Verbal"
// "Enc. 6.1", "Enc 6.1", "Enclosure: 6.1", "Verbal", "Update", "Table", "Pres.". Throws ParseError.
PaperRef parse_paper_ref(std::string_view text);

// One or more purposes, in the order written: "To Note / Decision". Throws ParseError on an
// unknown purpose or an empty text; duplicates are refused.
std::vector<Purpose> parse_purposes(std::string_view text);
std::string to_string(const std::vector<Purpose>& ps);  // "To Note / Decision"

struct AgendaItem {
  AgendaNumber number;
  std::string title;
  std::vector<PaperRef> papers;
  bool to_follow{false};          // "<i>To follow</i>" (seed 000 L16)
  std::vector<Purpose> purposes;  // empty for section headings
  std::optional<Initials> presenter;
  std::optional<TimeOfDay> start;
  std::optional<unsigned> duration_minutes;  // "(10 mins)"
  friend bool operator==(const AgendaItem&, const AgendaItem&) = default;
};

}  // namespace commissioning::governance
