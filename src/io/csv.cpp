// The RFC 4180 record splitter and the CSV reader every CSV format uses.
#include "commissioning/io/csv.hpp"

#include <fmt/format.h>

#include <cstring>

#include "commissioning/core/core_rules.hpp"
#include "commissioning/core/text.hpp"

namespace commissioning::io {

std::string_view describe(CsvSyntax s) noexcept {
  switch (s) {
    case CsvSyntax::Ok: return "well-formed";
    case CsvSyntax::UnclosedQuote: return "a quoted field is not closed";
    case CsvSyntax::TextAfterQuote: return "text after a closing quote (a quote inside a quoted field is written \"\")";
  }
  return "?";
}

CsvSyntax split_record(std::string_view raw, CsvRecord& out, std::size_t* bad_field) {
  out.fields.clear();
  out.storage.clear();
  const std::size_t n = raw.size();
  if (std::memchr(raw.data(), '"', n) == nullptr) {  // the common case: views into the record
    std::size_t start = 0;
    for (;;) {
      const void* comma = start < n ? std::memchr(raw.data() + start, ',', n - start) : nullptr;
      if (comma == nullptr) {
        out.fields.push_back(raw.substr(start));
        return CsvSyntax::Ok;
      }
      const auto at = static_cast<std::size_t>(static_cast<const char*>(comma) - raw.data());
      out.fields.push_back(raw.substr(start, at - start));
      start = at + 1;
    }
  }
  // Quoted fields are unquoted into storage, which never outgrows the record: views stay valid.
  out.storage.reserve(n);
  std::size_t i = 0;
  for (;;) {
    if (i < n && raw[i] == '"') {
      ++i;
      const std::size_t begin = out.storage.size();
      for (;;) {
        const auto q = raw.find('"', i);
        if (q == std::string_view::npos) {
          if (bad_field != nullptr) *bad_field = out.fields.size();
          return CsvSyntax::UnclosedQuote;
        }
        out.storage.append(raw.substr(i, q - i));
        if (q + 1 < n && raw[q + 1] == '"') {
          out.storage.push_back('"');
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.fields.emplace_back(out.storage.data() + begin, out.storage.size() - begin);
      if (i < n && raw[i] != ',') {
        if (bad_field != nullptr) *bad_field = out.fields.size() - 1;
        return CsvSyntax::TextAfterQuote;
      }
    } else {
      const auto comma = raw.find(',', i);
      const auto end = comma == std::string_view::npos ? n : comma;
      out.fields.push_back(raw.substr(i, end - i));
      i = end;
    }
    if (i >= n) return CsvSyntax::Ok;
    ++i;  // the comma
    if (i == n) {
      out.fields.emplace_back();
      return CsvSyntax::Ok;
    }
  }
}

CsvReader::CsvReader(ByteSource& in, Findings& findings, CsvOptions options)
    : lines_{in, LineReader::Options{options.max_record, options.buffer_bytes, true, options.progress}},
      findings_{findings},
      opt_{std::move(options)} {
  if (opt_.too_long_rule == nullptr) opt_.too_long_rule = &rules::input_too_large;
  if (opt_.syntax_rule == nullptr) opt_.syntax_rule = &rules::input_csv_syntax;
}

bool CsvReader::split(std::string_view raw, CsvRecord& rec) {
  rec.line = lines_.line_number();
  rec.raw = raw;
  if (opt_.text_only) {
    const bool quoted = std::memchr(raw.data(), '"', raw.size()) != nullptr;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      const auto u = static_cast<unsigned char>(raw[i]);
      if ((u < 0x20 && u != '\t' && !(quoted && (u == '\n' || u == '\r'))) || u == 0x7F) {
        findings_.at_line(*opt_.syntax_rule, rec.line, "",
                          fmt::format("not text: byte 0x{:02X} at column {}", u, i + 1));
        return false;
      }
    }
    // Fields are text everywhere they go (JSON reports, Python str): bytes that are not UTF-8
    // are refused here, where the line and column can still be named.
    if (const auto valid = text::utf8_prefix(raw); valid != raw.size()) {
      findings_.at_line(*opt_.syntax_rule, rec.line, "",
                        fmt::format("not UTF-8: byte 0x{:02X} at column {}", static_cast<unsigned char>(raw[valid]), valid + 1));
      return false;
    }
  }
  const auto syntax = split_record(raw, rec);
  if (syntax != CsvSyntax::Ok) {
    findings_.at_line(*opt_.syntax_rule, rec.line, "", std::string(describe(syntax)));
    return false;
  }
  return true;
}

bool CsvReader::next(CsvRecord& rec) {
  std::string_view raw;
  std::uint64_t skipped = 0;
  for (;;) {
    const auto r = lines_.next(raw, skipped, findings_.lenient());
    if (r == LineReader::Result::End) return false;
    if (r == LineReader::Result::TooLong) {
      findings_.at_line(*opt_.too_long_rule, lines_.line_number(), "",
                        fmt::format("the line is at least {} bytes long, over the limit of {}", skipped, max_record()));
      continue;
    }
    if (raw.empty()) continue;
    if (split(raw, rec)) return true;
  }
}

std::string csv_quote(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos && (s.empty() || (s.front() != ' ' && s.back() != ' ')))
    return std::string(s);
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

bool split_csv_line(std::string_view line, std::vector<std::string>& out) {
  CsvRecord rec;
  out.clear();
  if (split_record(line, rec) != CsvSyntax::Ok) return false;
  for (const auto f : rec.fields) out.emplace_back(f);
  return true;
}

}  // namespace commissioning::io
