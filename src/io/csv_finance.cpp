#include "commissioning/io/csv_finance.hpp"

#include <fmt/format.h>

#include <array>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <vector>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/core_rules.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/io/csv.hpp"

namespace commissioning::finance {

namespace {

struct Record {
  std::size_t line;  // 1-based line in the file where the record starts
  std::vector<std::string> cells;
};

constexpr std::size_t max_csv_bytes = std::size_t{64} << 20;

// Every record of the file through the one CSV record reader (io/csv.hpp): RFC 4180 quotes,
// CRLF, a BOM, line ends inside quoted cells. Blank lines separate nothing and are skipped; a
// row of empty cells is data.
std::vector<Record> read_records(std::string_view text, const std::string& source) {
  if (text.size() > max_csv_bytes)
    throw io::LoadError(rules::input_too_large, source, 0, "",
                    fmt::format("the file is {} bytes; a budget report CSV is at most {}", text.size(), max_csv_bytes));
  io::StringSource in(text);
  io::Findings findings(source, io::LoadOptions{});
  // Records are text of ordinary length (64 KiB at most, io::default_max_line): a NUL, a
  // byte that is not UTF-8 or a 70 KB line is refused with its line (found by an
  // independent trial, which these three passed silently).
  io::CsvReader csv(in, findings, io::CsvOptions{});
  std::vector<Record> out;
  io::CsvRecord rec;
  while (csv.next(rec)) {
    Record r{static_cast<std::size_t>(rec.line), {}};
    r.cells.reserve(rec.size());
    for (const auto f : rec.fields) r.cells.emplace_back(f);
    out.push_back(std::move(r));
  }
  return out;
}

std::string join(std::initializer_list<std::string_view> cells) {
  std::string out;
  bool first = true;
  for (auto c : cells) {
    if (!first) out.push_back(',');
    out += io::csv_quote(c);
    first = false;
  }
  return out + "\n";
}


constexpr std::array<std::string_view, 3> key_columns{"section", "line", "kind"};

}  // namespace

std::string budget_report_to_csv(const BudgetReport& r) {
  std::string out;
  out += join({"organisation", r.organisation()});
  if (!r.title().empty()) out += join({"title", r.title()});
  out += join({"period", to_string(r.period())});
  out += join({"family", to_string(r.family())});
  out += join({"unit", to_string(r.unit())});
  if (r.percentage_base()) out += join({"percentage_base", amount_text(r.percentage_base()->amount), r.percentage_base()->description});
  for (const auto& n : r.narrative())
    out += join({"narrative", n.section, n.line, to_string(n.column), to_string(n.sense), amount_text(n.amount), n.quote, n.source});
  out += "section,line,kind,ytd_budget,ytd_actual,ytd_variance,forecast_budget,forecast_outturn,forecast_variance\n";
  const auto row = [&](std::string_view section, std::string_view line, std::string_view kind, const BudgetFigures& f) {
    out += join({section, line, kind, f.ytd_budget.printed(), f.ytd_actual.printed(), f.ytd_variance.printed(),
                 f.forecast_budget.printed(), f.forecast_outturn.printed(), f.forecast_variance.printed()});
  };
  for (const auto& s : r.sections()) {
    for (const auto& l : s.lines()) row(s.name(), l.name(), to_string(l.kind()), l.figures());
    if (s.subtotal()) row(s.name(), "", "subtotal", *s.subtotal());
  }
  for (const auto& l : r.standalone_lines()) row("", l.name(), to_string(l.kind()), l.figures());
  if (r.total()) row("", "", "total", *r.total());
  return out;
}

BudgetReport budget_report_from_csv(std::string_view text, const std::string& source) {
  const auto records = read_records(text, source);
  const auto col_field = [](std::size_t index, std::string_view name) {
    return name.empty() ? fmt::format("column {}", index + 1) : fmt::format("column {} ({})", index + 1, name);
  };

  // Preamble.
  std::map<std::string, std::pair<std::string, std::size_t>> meta;  // key -> (value, line)
  std::optional<PercentageBase> base;
  std::vector<std::pair<NarrativeFigure, std::size_t>> narrative;
  std::size_t ri = 0;
  for (; ri < records.size(); ++ri) {
    const auto& rec = records[ri];
    const auto key = text::to_lower(text::trim(rec.cells[0]));
    if (key == "section") break;
    const auto cell = [&](std::size_t i, std::string_view name) -> const std::string& {
      if (i >= rec.cells.size())
        throw InputError(source, rec.line, col_field(i, name), fmt::format("the {} row has no {} cell", key, name));
      return rec.cells[i];
    };
    try {
      if (key == "organisation" || key == "title" || key == "period" || key == "family" || key == "unit") {
        if (meta.count(key)) throw InputError(source, rec.line, col_field(0, ""), fmt::format("\"{}\" is given twice", key));
        meta[key] = {cell(1, "value"), rec.line};
        if (key == "unit") (void)parse_money_unit(rec.cells[1]);
        if (key == "period") (void)parse_financial_month(rec.cells[1]);
        if (key == "family") (void)parse_budget_family(rec.cells[1]);
      } else if (key == "percentage_base") {
        base = PercentageBase{parse_reported_amount(cell(1, "amount")), rec.cells.size() > 2 ? rec.cells[2] : std::string{}};
      } else if (key == "narrative") {
        NarrativeFigure n;
        n.section = cell(1, "section");
        n.line = cell(2, "line");
        n.column = parse_budget_column(cell(3, "column"));
        n.sense = parse_narrative_sense(cell(4, "sense"));
        n.amount = parse_reported_amount(cell(5, "amount"));
        n.quote = cell(6, "quote");
        if (rec.cells.size() > 7) n.source = rec.cells[7];
        narrative.emplace_back(std::move(n), rec.line);
      } else {
        throw InputError(source, rec.line, col_field(0, ""),
                         fmt::format("unknown preamble row \"{}\" (expected organisation, title, period, family, unit, "
                                     "percentage_base or narrative before the header row \"section,line,kind,…\")",
                                     rec.cells[0]));
      }
    } catch (const ParseError& e) {
      // Which cell failed: the value cell for metadata, else find it by the text.
      std::size_t at = 1;
      for (std::size_t i = 1; i < rec.cells.size(); ++i)
        if (rec.cells[i] == e.input()) at = i;
      throw InputError(source, rec.line, col_field(at, key == "narrative" ? "" : key), e.what());
    }
  }
  if (ri == records.size())
    throw InputError(source, records.empty() ? 0 : records.back().line, "",
                     "no header row: expected \"section,line,kind,ytd_budget,ytd_actual,ytd_variance,forecast_budget,"
                     "forecast_outturn,forecast_variance\"");
  const auto header_line = records[ri].line;
  for (const char* key : {"organisation", "period", "family", "unit"})
    if (!meta.count(key))
      throw InputError(source, header_line, "", fmt::format("the preamble has no \"{}\" row before the header", key));
  const auto unit = parse_money_unit(meta["unit"].first);

  // Header.
  const auto& header = records[ri].cells;
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const auto name = text::to_lower(text::trim(header[i]));
    bool known = false;
    for (auto k : key_columns) known = known || name == k;
    for (auto c : all_budget_columns) known = known || name == to_string(c);
    if (!known) throw InputError(source, header_line, col_field(i, header[i]), fmt::format("unknown column \"{}\"", header[i]));
    if (!index.emplace(name, i).second)
      throw InputError(source, header_line, col_field(i, header[i]), fmt::format("the column \"{}\" appears twice", header[i]));
  }
  for (auto k : key_columns)
    if (!index.count(std::string(k)))
      throw InputError(source, header_line, "", fmt::format("the header has no \"{}\" column", k));
  for (auto c : all_budget_columns)
    if (!index.count(std::string(to_string(c))))
      throw InputError(source, header_line, "", fmt::format("the header has no \"{}\" column", to_string(c)));

  // Table.
  struct PendingSection {
    std::string name;
    std::vector<BudgetLine> lines;
    std::set<std::string> names;
    std::optional<BudgetFigures> subtotal;
  };
  std::vector<PendingSection> sections;
  std::vector<BudgetLine> standalone;
  std::set<std::string> standalone_names;
  std::optional<BudgetFigures> total;
  std::size_t lines_seen = 0;
  for (++ri; ri < records.size(); ++ri) {
    const auto& rec = records[ri];
    if (rec.cells.size() != header.size())
      throw InputError(source, rec.line, col_field(std::min(rec.cells.size(), header.size()), ""),
                       fmt::format("the row has {} cells; the header has {} columns", rec.cells.size(), header.size()));
    const auto at = [&](std::string_view name) -> const std::string& { return rec.cells[index.at(std::string(name))]; };
    const auto field_of = [&](std::string_view name) { return col_field(index.at(std::string(name)), name); };
    if (total) throw InputError(source, rec.line, "", "a row after the total row: the total comes last");
    const std::string section{text::trim(at("section"))};
    const std::string line{text::trim(at("line"))};
    const auto kind = text::to_lower(text::trim(at("kind")));
    BudgetFigures f;
    for (auto c : all_budget_columns) {
      const auto& cell = at(to_string(c));
      try {
        f[c] = parse_reported_amount(cell, unit);
      } catch (const ParseError& e) {
        throw InputError(source, rec.line, field_of(to_string(c)), e.what());
      }
      if (f[c].unit() != unit)
        throw InputError(source, rec.line, field_of(to_string(c)),
                         fmt::format("\"{}\" is in {}, but the table is in {}", cell, to_string(f[c].unit()), to_string(unit)));
    }
    PendingSection* current = sections.empty() ? nullptr : &sections.back();
    if (kind == "total") {
      if (!section.empty() || !line.empty())
        throw InputError(source, rec.line, field_of(section.empty() ? "line" : "section"),
                         "a total row has an empty section and line");
      if (lines_seen == 0) throw InputError(source, rec.line, field_of("kind"), "a total row with no lines above it");
      total = f;
    } else if (kind == "subtotal") {
      if (section.empty()) throw InputError(source, rec.line, field_of("section"), "a subtotal row needs its section");
      if (!current || current->name != section || current->lines.empty())
        throw InputError(source, rec.line, field_of("kind"),
                         fmt::format("a subtotal row for \"{}\" with no lines of that section above it", section));
      if (current->subtotal)
        throw InputError(source, rec.line, field_of("kind"), fmt::format("section \"{}\" has two subtotal rows", section));
      if (!line.empty()) throw InputError(source, rec.line, field_of("line"), "a subtotal row has an empty line cell");
      current->subtotal = f;
    } else if (kind == "spend" || kind == "reserve" || kind.empty()) {
      if (line.empty()) throw InputError(source, rec.line, field_of("line"), "a line row needs the line's name");
      BudgetLine l(line, f, kind == "reserve" ? LineKind::Reserve : LineKind::Spend);
      const auto key = text::to_lower(text::normalise(line));
      if (section.empty()) {
        if (!standalone_names.insert(key).second)
          throw InputError(source, rec.line, field_of("line"), fmt::format("the standalone line \"{}\" appears twice", line));
        standalone.push_back(std::move(l));
      } else {
        if (!current || current->name != section) {
          for (const auto& s : sections)
            if (s.name == section)
              throw InputError(source, rec.line, field_of("section"),
                               fmt::format("section \"{}\" starts again after another section: its rows must be together",
                                           section));
          sections.push_back(PendingSection{section, {}, {}, std::nullopt});
          current = &sections.back();
        }
        if (current->subtotal)
          throw InputError(source, rec.line, field_of("line"),
                           fmt::format("a line of \"{}\" after the section's subtotal row", section));
        if (!current->names.insert(key).second)
          throw InputError(source, rec.line, field_of("line"),
                           fmt::format("the line \"{}\" is repeated in section \"{}\"", line, section));
        current->lines.push_back(std::move(l));
      }
      ++lines_seen;
    } else {
      throw InputError(source, rec.line, field_of("kind"),
                       fmt::format("unknown kind \"{}\" (expected spend, reserve, subtotal or total)", at("kind")));
    }
  }

  try {
    std::vector<BudgetSection> built;
    for (auto& s : sections) built.emplace_back(std::move(s.name), std::move(s.lines), s.subtotal);
    BudgetReport report(meta["organisation"].first, parse_financial_month(meta["period"].first),
                        parse_budget_family(meta["family"].first), unit, std::move(built), std::move(standalone), total,
                        meta.count("title") ? meta["title"].first : std::string{});
    report.set_percentage_base(base);
    for (auto& [n, line_no] : narrative) {
      try {
        report.add_narrative(std::move(n));
      } catch (const std::invalid_argument& e) {
        throw InputError(source, line_no, "", e.what());
      }
    }
    return report;
  } catch (const std::invalid_argument& e) {
    throw InputError(source, meta["organisation"].second, "", e.what());
  }
}

}  // namespace commissioning::finance
