// Quoracy at a meeting in common: the 5 June 2018 meeting of the North Staffordshire and
// Stoke-on-Trent CCGs' Primary Care Commissioning Committees (seed 000), evaluated per
// committee, then per item after a declaration of interest.
//
// Exits non-zero unless it finds what minute 064 records: North Staffordshire quorate,
// Stoke-on-Trent not.
#include <iostream>

#include <commissioning/commissioning.hpp>
#include <commissioning/fixtures/pccc_2018.hpp>

int main() {
  using namespace commissioning;
  using namespace commissioning::governance;

  auto pack = fixtures::pccc_pack_2018();
  auto& june = pack.meetings[fixtures::june_2018];

  bool expected = true;
  for (const auto& q : evaluate_quoracy(pack, june)) {
    const auto& committee = *pack.committee(q.committee);
    std::cout << committee.name << ": " << (q.meeting.quorate ? "quorate" : "inquorate") << " ("
              << q.meeting.counted.size() << " voting members counted";
    for (const auto& s : q.meeting.shortfalls) std::cout << "; " << s;
    std::cout << ")\n";
    expected = expected && q.meeting.quorate == (q.committee == "ns-pccc");
  }

  // Quoracy is decided after declarations: had Peter Dartford declared a pecuniary interest in
  // item 6.1, North Staffordshire would have been inquorate for that item alone.
  june.declarations.push_back({Initials{"PD"}, AgendaNumber{"6.1"}, InterestKind::Pecuniary, "hypothetical",
                               DeclarationOutcome::ExcludedFromItem, false});
  const auto ns = evaluate_quoracy(pack, june).front();
  std::cout << "With PD conflicted on 6.1, North Staffordshire is " << (ns.quorate_for(AgendaNumber{"6.1"}) ? "quorate" : "inquorate")
            << " for 6.1 and " << (ns.quorate_for(AgendaNumber{"6.2"}) ? "quorate" : "inquorate") << " for 6.2\n";
  expected = expected && !ns.quorate_for(AgendaNumber{"6.1"}) && ns.quorate_for(AgendaNumber{"6.2"});

  std::cout << (expected ? "as minute 064 records" : "NOT what minute 064 records") << "\n";
  return expected ? 0 : 1;
}
