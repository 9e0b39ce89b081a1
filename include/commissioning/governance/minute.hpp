#pragma once
// Minutes: references like "2018/JUN /062", the item minuted, the narrative, one resolution
// per committee, and the actions raised.
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commissioning/core/initials.hpp"
#include "commissioning/governance/agenda.hpp"
#include "commissioning/governance/enums.hpp"

namespace commissioning::governance {

class MinuteReference {
 public:
  MinuteReference() = default;
  // Throws std::invalid_argument for a year outside 1990–2100, a month outside 1–12 or a
  // serial outside 1–9999.
  MinuteReference(int year, unsigned month, unsigned serial);

  bool ok() const noexcept { return serial_ != 0; }
  int year() const noexcept { return year_; }
  unsigned month() const noexcept { return month_; }
  unsigned serial() const noexcept { return serial_; }

  friend bool operator==(const MinuteReference&, const MinuteReference&) = default;
  friend auto operator<=>(const MinuteReference&, const MinuteReference&) = default;

 private:
  int year_{0};
  unsigned month_{0};
  unsigned serial_{0};
};
std::string to_string(const MinuteReference& r);  // "2018/JUN /062", the seed's house style
// "2018/JUN /062", "2018/JUN/062", "2018/JUN / 062", split across a line ("2018/JUN\n/062").
// Throws ParseError naming the position ("2018/JUX /062": unknown month "JUX").
MinuteReference parse_minute_reference(std::string_view text);

struct Resolution {
  std::string committee;  // id
  std::vector<ResolutionVerb> verbs;  // received, noted, approved
  std::string subject;    // "the revised Terms of Reference"
  bool ratification_required{false};
  friend bool operator==(const Resolution&, const Resolution&) = default;
};

struct MinuteAction {
  std::vector<Initials> owners;  // "LM/MM"
  std::string text;              // after "ACTION: "
  std::string margin;            // the owner column as written ("LM/ MM", "LC")
  friend bool operator==(const MinuteAction&, const MinuteAction&) = default;
};

// Reads "LM/MM", "LM/ MM", "LM, MM". Throws ParseError.
std::vector<Initials> parse_owners(std::string_view text);

struct Minute {
  MinuteReference reference;
  std::optional<AgendaNumber> item;
  std::string title;
  std::vector<Initials> presenters;
  std::vector<Initials> speakers;  // people the narrative quotes ("HVL queried…")
  std::string narrative;
  std::vector<Resolution> resolutions;
  std::vector<MinuteAction> actions;
  friend bool operator==(const Minute&, const Minute&) = default;
};

}  // namespace commissioning::governance
