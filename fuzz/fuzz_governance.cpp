// Governance documents from untrusted bytes: JSON documents of any kind, archives of every kind in each format, the
// governance text parsers, then validation and quoracy of whatever loads; and any document as a
// download (gzip or zip, io/compressed.hpp), as read_any_document_file reads a path. A value, an
// InputError or a ParseError; never a crash.
#include <cstdint>
#include <string>
#include <string_view>

#include "commissioning/governance/quoracy.hpp"
#include "commissioning/governance/rules.hpp"
#include "commissioning/io/archive.hpp"
#include "commissioning/io/compressed.hpp"
#include "commissioning/io/documents.hpp"
#include "commissioning/io/json_governance.hpp"
#include "fuzz_support.hpp"

using namespace commissioning;
using namespace commissioning::governance;

namespace {
using fuzz_support::guarded;

void exercise(const MeetingPack& pack) {
  (void)validate(pack);
  for (const auto& m : pack.meetings) (void)evaluate_quoracy(pack, m);
  (void)document_json(Document{pack}).dump();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  guarded([&] {
    const auto doc = read_document_text(s, "fuzz.json");
    if (const auto* pack = std::get_if<MeetingPack>(&doc)) exercise(*pack);
    if (const auto* c = std::get_if<Committee>(&doc)) (void)validate(*c);
    if (const auto* log = std::get_if<ActionLog>(&doc)) (void)validate(*log);
  });
  guarded([&] {
    io::StringSource raw(s);
    io::DecompressedSource in(raw, "fuzz.json.gz");
    const auto text = io::read_all(in, in.name(), std::size_t{16} << 20);
    const auto load = io::read_any_document_text(text, in.name());
    if (const auto* pack = std::get_if<MeetingPack>(&load.document)) exercise(*pack);
  });
  fuzz_support::each_archive<MeetingPack>(s, [](const MeetingPack& p) { guarded([&] { exercise(p); }); });
  fuzz_support::each_archive<Committee>(s, [](const Committee& c) { (void)validate(c); });
  fuzz_support::each_archive<ActionLog>(s, [](const ActionLog& log) { (void)validate(log); });
  if (size < 256) {
    const std::string t(s);
    guarded([&] { (void)parse_minute_reference(t); });
    guarded([&] { (void)AgendaNumber(t); });
    guarded([&] { (void)parse_purposes(t); });
    guarded([&] { (void)parse_paper_ref(t); });
    guarded([&] { (void)parse_attendance_mark(t); });
    guarded([&] { (void)parse_owners(t); });
    guarded([&] { (void)Postcode(t); });
  }
  return 0;
}
