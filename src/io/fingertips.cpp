// The Fingertips practice indicator export, read through the one CSV record reader.
#include "commissioning/io/fingertips.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <map>

#include "commissioning/core/core_rules.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/io/csv.hpp"

namespace commissioning::io {

IndicatorExport read_fingertips(ByteSource& in, const std::string& source) {
  IndicatorExport out;
  Findings findings(source, LoadOptions{});
  CsvReader csv(in, findings);
  CsvRecord f;
  if (!csv.next(f)) findings.fail(rules::input_csv_row, 0, "", "the file is empty");
  std::map<std::string, std::size_t, std::less<>> col;
  for (std::size_t i = 0; i < f.size(); ++i) col[std::string(text::trim(f[i]))] = i;
  const std::size_t fields = f.size();
  auto need = [&](const char* name) {
    const auto it = col.find(name);
    if (it == col.end()) findings.fail(rules::input_csv_row, f.line, name, fmt::format("the header has no '{}' column", name));
    return it->second;
  };
  const auto c_id = need("Indicator ID"), c_name = need("Indicator Name"), c_code = need("Area Code"),
             c_area = need("Area Name"), c_type = need("Area Type"), c_period = need("Time period"), c_value = need("Value");
  while (csv.next(f)) {
    const auto line = f.line;
    if (f.size() != fields)
      findings.fail(rules::input_csv_row, line, "", fmt::format("{} fields where the header has {}", f.size(), fields));
    if (f[c_type] != "GP") {
      ++out.other_area_rows;
      continue;
    }
    OdsCode code;
    try {
      code = OdsCode(f[c_code], OdsKind::GpPractice);
    } catch (const ParseError& e) {
      findings.fail(rules::input_csv_row, line, "Area Code", e.what());
    }
    IndicatorValue v;
    v.indicator_id = f[c_id];
    v.indicator_name = f[c_name];
    v.area_name = f[c_area];
    v.period = f[c_period];
    const auto vt = f[c_value];
    const auto [end, ec] = std::from_chars(vt.data(), vt.data() + vt.size(), v.value);
    if (vt.empty() || ec != std::errc{} || end != vt.data() + vt.size() || !std::isfinite(v.value))
      findings.fail(rules::input_csv_row, line, "Value", fmt::format("\"{}\" is not a number", vt));
    if (!out.practices.emplace(code, std::move(v)).second)
      findings.fail(rules::input_csv_row, line, "Area Code",
                    fmt::format("practice {} appears twice: export one indicator for one period", code.str()));
  }
  return out;
}

}  // namespace commissioning::io
