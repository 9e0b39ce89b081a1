// The documented weights format, read through the one CSV record reader.
#include "commissioning/io/weights_csv.hpp"

#include <fmt/format.h>

#include <charconv>
#include <stdexcept>
#include <vector>

#include "commissioning/core/core_rules.hpp"
#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/io/compressed.hpp"
#include "commissioning/io/csv.hpp"

namespace commissioning::io {

namespace {
constexpr std::size_t max_weights_bytes = std::size_t{16} << 20;
}

AgeSexWeights read_weights(std::string_view text_in, const std::string& source) {
  if (text_in.size() > max_weights_bytes)
    throw InputError(source, 0, "", "a weights file over 16 MiB is not a weights file");
  std::string src_label;
  std::vector<WeightBand> bands;
  bool header_seen = false;
  StringSource in(text_in);
  Findings findings(source, LoadOptions{});
  CsvReader csv(in, findings, CsvOptions{});
  const auto& row_rule = rules::input_csv_row;
  CsvRecord f;
  std::string_view raw;
  std::uint64_t skipped = 0;
  for (;;) {
    const auto r = csv.next_raw(raw, skipped, false);
    if (r == LineReader::Result::End) break;
    if (r == LineReader::Result::TooLong)
      findings.fail(rules::input_too_large, csv.line_number(), "", fmt::format("the line is over {} bytes long", csv.max_record()));
    const auto t = text::trim(raw);
    if (t.empty()) continue;
    if (t[0] == '#') {
      const auto body = text::trim(t.substr(1));
      if (!text::is_utf8(body)) findings.fail(row_rule, csv.line_number(), "", "the comment is not UTF-8 text");
      if (text::istarts_with(body, "source:")) src_label = std::string(text::trim(body.substr(7)));
      continue;
    }
    if (!csv.split(t, f)) continue;  // strict: it threw
    const auto line = f.line;
    if (!header_seen) {
      if (f.size() != 3 || !text::iequals(text::trim(f[0]), "sex") || !text::iequals(text::trim(f[1]), "ages") ||
          !text::iequals(text::trim(f[2]), "weight"))
        findings.fail(row_rule, line, "", "expected the header sex,ages,weight");
      header_seen = true;
      continue;
    }
    if (f.size() != 3) findings.fail(row_rule, line, "", fmt::format("{} fields where a weight row has 3", f.size()));
    WeightBand b;
    try {
      b.sex = parse_sex(f[0]);
    } catch (const ParseError& e) {
      findings.fail(row_rule, line, "sex", e.what());
    }
    try {
      b.ages = parse_age_band(f[1]);
    } catch (const ParseError& e) {
      findings.fail(row_rule, line, "ages", e.what());
    }
    const auto w = text::trim(f[2]);
    const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), b.weight);
    if (w.empty() || ec != std::errc{} || end != w.data() + w.size())
      findings.fail(row_rule, line, "weight", fmt::format("\"{}\" is not a number", w));
    bands.push_back(b);
  }
  if (src_label.empty())
    findings.fail(row_rule, 1, "source",
                  "a weights file starts with '# source: …' saying where the weights come from (or that they are illustrative)");
  if (!header_seen) findings.fail(row_rule, csv.lines(), "", "no header sex,ages,weight");
  try {
    return AgeSexWeights(std::move(src_label), std::move(bands));
  } catch (const std::invalid_argument& e) {
    findings.fail(row_rule, 0, "", e.what());
  }
}

AgeSexWeights read_weights(ByteSource& in, const std::string& source) {
  return read_weights(read_all(in, source, max_weights_bytes), source);
}

AgeSexWeights read_weights_file(const std::string& path) {
  InputFile in(path);
  return read_weights(in, in.name());
}

std::string write_weights(const AgeSexWeights& w) {
  std::string out = fmt::format("# source: {}\nsex,ages,weight\n", w.source());
  for (const auto& b : w.bands()) out += fmt::format("{},{},{}\n", to_string(b.sex), to_string(b.ages), b.weight);
  return out;
}

}  // namespace commissioning::io
