// ODS epraccur and membership files, read through the one CSV record reader and findings sink.
#include "commissioning/io/ods.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/io/compressed.hpp"
#include "commissioning/io/csv.hpp"
#include "commissioning/population/rules.hpp"

namespace commissioning::io {

namespace {

std::optional<Date> ods_date(std::string_view s) {
  const auto t = text::trim(s);
  if (t.empty()) return std::nullopt;
  if (t.size() == 8 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    int y = 0;
    unsigned m = 0, d = 0;
    std::from_chars(t.data(), t.data() + 4, y);
    std::from_chars(t.data() + 4, t.data() + 6, m);
    std::from_chars(t.data() + 6, t.data() + 8, d);
    if (auto date = Date::make(y, m, d)) return date;
    throw ParseError("an ODS date", s, 0, "no such day");
  }
  if (t.size() == 10 && t[4] == '-' && t[7] == '-') return parse_date(t);
  throw ParseError("an ODS date", s, 0, "expected YYYYMMDD, like 19740401");
}

CsvOptions ods_csv() {
  CsvOptions o;
  o.too_long_rule = &rules::population_row_too_long;
  o.syntax_rule = &rules::population_ods_row;
  return o;
}

}  // namespace

PracticeRegister read_epraccur(ByteSource& in, const std::string& source, const LoadOptions& options) {
  PracticeRegister out;
  Findings findings(source, options);
  CsvReader csv(in, findings, ods_csv());
  CsvRecord f;
  std::uint64_t rows = 0;
  while (csv.next(f)) {
    ++rows;
    const auto line = f.line;
    if (f.size() != 27) {
      findings.at_line(rules::population_ods_row, line, "",
                       fmt::format("{} fields where epraccur has 27 (a truncated row?)", f.size()));
      continue;
    }
    const char* at = "code";
    try {
      Practice p;
      p.code = OdsCode(f[0], OdsKind::GpPractice);
      at = "name";
      p.name = f[1];
      p.national_grouping = f[2];
      p.health_geography = f[3];
      p.postcode = f[9];
      at = "open date";
      if (auto d = ods_date(f[10])) p.opened = *d;
      at = "close date";
      p.closed = ods_date(f[11]);
      at = "status";
      p.status = parse_practice_status(f[12]);
      at = "prescribing setting";
      p.setting = parse_prescribing_setting(f[25]);
      at = "commissioner";
      std::optional<Membership> m;
      if (!f[14].empty()) {
        Membership mm;
        mm.child = p.code;
        mm.parent = OdsCode(f[14]);
        mm.parent_level = OrgLevel::SubIcb;
        at = "join date";
        const auto joined = ods_date(f[15]);
        if (!joined) throw ParseError("a join date", f[15], 0, "a commissioner without a join date");
        mm.joined = *joined;
        at = "left date";
        mm.left = ods_date(f[16]);
        m = mm;
      }
      ValidationReport checks;
      rules::check(p, fmt::format("{}:{}:close date", source, line), checks);
      findings.record(checks);
      if (m) {
        at = "membership";
        try {
          out.hierarchy.add(*m);
        } catch (const std::invalid_argument& e) {
          throw ParseError("a membership", f[14], 0, e.what());
        }
      }
      out.practices.push_back(std::move(p));
    } catch (const ParseError& e) {
      findings.at_line(rules::population_ods_row, line, at, e.what());
    }
  }
  if (rows == 0) findings.at_line(rules::population_ods_row, 0, "", "the file has no rows");
  out.report = findings.take();
  return out;
}

PracticeRegister read_epraccur(ByteSource& in, const std::string& source, bool lenient) {
  return read_epraccur(in, source, LoadOptions{lenient});
}

PracticeRegister read_epraccur_file(const std::string& path, bool lenient) {
  InputFile in(path);
  return read_epraccur(in, in.name(), LoadOptions{lenient});
}

ValidationReport read_memberships(ByteSource& in, const std::string& source, OrganisationHierarchy& into,
                                  const LoadOptions& options) {
  Findings findings(source, options);
  CsvReader csv(in, findings, ods_csv());
  CsvRecord f;
  bool first = true;
  while (csv.next(f)) {
    const auto line = f.line;
    // A header row names its columns: its join date field holds letters.
    const bool header = first && f.size() >= 4 &&
                        std::any_of(f[3].begin(), f[3].end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
    first = false;
    if (header) continue;
    if (f.size() != 5) {
      findings.at_line(rules::population_ods_row, line, "",
                       fmt::format("{} fields where a membership row has 5 (practice, parent, parent type, join date, left date)",
                                   f.size()));
      continue;
    }
    try {
      Membership m;
      m.child = OdsCode(text::trim(f[0]));
      m.parent = OdsCode(text::trim(f[1]));
      m.parent_level = parse_org_level(f[2]);
      const auto joined = ods_date(f[3]);
      if (!joined) throw ParseError("a join date", f[3], 0, "empty");
      m.joined = *joined;
      m.left = ods_date(f[4]);
      if (m.left && *m.left < m.joined) {
        findings.at_line(rules::population_hierarchy_dates, line, "",
                         fmt::format("{} leaves {} on {} before joining on {}", m.child.str(), m.parent.str(),
                                     to_string(*m.left), to_string(m.joined)));
        continue;
      }
      try {
        into.add(m);
      } catch (const std::invalid_argument& e) {
        findings.at_line(rules::population_hierarchy_overlap, line, "", e.what());
      }
    } catch (const ParseError& e) {
      findings.at_line(rules::population_ods_row, line, "", e.what());
    }
  }
  return findings.take();
}

ValidationReport read_memberships(ByteSource& in, const std::string& source, OrganisationHierarchy& into, bool lenient) {
  return read_memberships(in, source, into, LoadOptions{lenient});
}

}  // namespace commissioning::io
