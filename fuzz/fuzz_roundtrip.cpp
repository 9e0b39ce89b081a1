// Differential: any JSON document that loads must survive our own formats unchanged. Loaded
// from JSON, written to each archive format and loaded back, it equals itself; written to
// JSON and read again, it equals itself. A difference is a finding (a format that loses or
// changes a value on the way through), not only a crash.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "commissioning/io/documents.hpp"
#include "commissioning/io/json_finance.hpp"
#include "commissioning/io/json_governance.hpp"
#include "commissioning/io/json_population.hpp"
#include "commissioning/io/json_programme.hpp"
#include "commissioning/io/json_risk.hpp"
#include "fuzz_support.hpp"

using namespace commissioning;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view s(reinterpret_cast<const char*>(data), size);
  io::AnyDocument doc;
  try {
    doc = io::read_any_document_text(s, "fuzz.json").document;
  } catch (const InputError&) {
    return 0;  // not a document: the other targets cover the refusals
  }
  std::visit(
      [&](const auto& d) {
        using T = std::decay_t<decltype(d)>;
        for (auto format : fuzz_support::archive_formats) {
          const auto bytes = io::save_archive(d, format);
          T back;
          try {
            back = io::load_archive<T>(bytes, format, "fuzz-roundtrip");
          } catch (const InputError& e) {
            std::fprintf(stderr, "%s archive of a loaded document does not load: %s\n",
                         std::string(to_string(format)).c_str(), e.what());
            fuzz_support::broken("archive round trip refused");
          }
          if (!(back == d)) fuzz_support::broken("archive round trip changed the document");
        }
        const std::string text = io::Json(d).dump();
        io::AnyDocument again;
        try {
          again = io::read_any_document_text(text, "fuzz-roundtrip.json").document;
        } catch (const InputError& e) {
          std::fprintf(stderr, "our own JSON does not load: %s\n%s\n", e.what(), text.c_str());
          fuzz_support::broken("JSON round trip refused");
        }
        const auto* same = std::get_if<T>(&again);
        if (same == nullptr) fuzz_support::broken("JSON round trip changed the document's kind");
        if (!(*same == d)) fuzz_support::broken("JSON round trip changed the document");
      },
      doc);
  return 0;
}
