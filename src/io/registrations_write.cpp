// Writing NHS Digital registrations files (and the extract date and format words they use).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <ostream>
#include <stdexcept>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/core/text.hpp"
#include "commissioning/io/registrations.hpp"

namespace commissioning::io {

std::string_view to_string(RegistrationsFormat f) noexcept {
  switch (f) {
    case RegistrationsFormat::AllAges: return "all";
    case RegistrationsFormat::Quinary: return "quinary";
    case RegistrationsFormat::SingleYear: return "single-age";
  }
  return "?";
}

RegistrationsFormat parse_registrations_format(std::string_view s) {
  const auto t = text::trim(s);
  if (text::iequals(t, "all") || text::iequals(t, "all-ages")) return RegistrationsFormat::AllAges;
  if (text::iequals(t, "quinary")) return RegistrationsFormat::Quinary;
  if (text::iequals(t, "single-age") || text::iequals(t, "single-year")) return RegistrationsFormat::SingleYear;
  throw ParseError("a registrations format", s, 0, "expected all, quinary or single-age");
}

namespace {
constexpr std::array<std::string_view, 12> months{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                  "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
}

std::string extract_date_text(Date d) {
  if (!d.ok()) return "";
  return fmt::format("{:02}{}{:04}", d.day(), months[d.month() - 1], d.year());
}

Date parse_extract_date(std::string_view s) {
  constexpr std::string_view kind = "an extract date";
  const auto t = text::trim(s);
  if (t.size() == 9) {
    int day = 0, year = 0;
    if (std::from_chars(t.data(), t.data() + 2, day).ec != std::errc{} ||
        std::from_chars(t.data() + 5, t.data() + 9, year).ec != std::errc{})
      throw ParseError(kind, s, 0, "expected DDMMMYYYY, like 01JAN2021");
    const auto mon = text::to_upper(t.substr(2, 3));
    for (std::size_t m = 0; m < months.size(); ++m)
      if (months[m] == mon) {
        if (auto d = Date::make(year, static_cast<unsigned>(m + 1), static_cast<unsigned>(day))) return *d;
        throw ParseError(kind, s, 0, "no such day");
      }
    throw ParseError(kind, s, 2, "expected a month like JAN");
  }
  try {
    return parse_date(t);
  } catch (const ParseError&) {
    throw ParseError(kind, s, 0, "expected DDMMMYYYY, like 01JAN2021");
  }
}

std::string registrations_header(bool sub_icb) {
  return sub_icb ? "PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS"
                 : "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS";
}

namespace {
void append_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  (void)ec;
  out.append(buf, static_cast<std::size_t>(end - buf));
}
std::string_view sex_word(Sex s) { return s == Sex::Male ? "MALE" : s == Sex::Female ? "FEMALE" : "ALL"; }
}  // namespace

RegistrationsWriter::RegistrationsWriter(std::ostream& out, RegistrationsFormat format, AgeResolution ages,
                                         std::vector<Sex> sexes, bool with_commissioner, bool sub_icb,
                                         std::string publication, Date extract_date)
    : out_{out},
      format_{format},
      ages_{ages},
      sexes_{std::move(sexes)},
      with_commissioner_{with_commissioner},
      publication_{publication.empty() ? std::string("GP_PRAC_PAT_LIST") : std::move(publication)},
      extract_{extract_date_text(extract_date)} {
  if (format != RegistrationsFormat::AllAges) {
    if (ages == AgeResolution::TotalOnly || (format == RegistrationsFormat::SingleYear && ages != AgeResolution::SingleYear))
      throw std::invalid_argument(fmt::format("cannot write {} rows from {} counts", to_string(format), to_string(ages)));
    const auto out_res = format == RegistrationsFormat::Quinary ? AgeResolution::Quinary : AgeResolution::SingleYear;
    for (int b = 0; b < bin_count(out_res); ++b) labels_.push_back(age_label(out_res, b));
  }
  buf_.reserve(1 << 20);
  if (with_commissioner_) buf_ += registrations_header(sub_icb);
  else buf_ += "PUBLICATION,EXTRACT_DATE,ORG_TYPE,ORG_CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS";
  buf_ += "\r\n";
}

RegistrationsWriter::~RegistrationsWriter() {
  try {
    flush();
  } catch (...) {
  }
}

void RegistrationsWriter::flush() {
  if (buf_.empty()) return;
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

void RegistrationsWriter::finish() {
  flush();
  out_.flush();
  if (!out_) throw std::runtime_error("writing the registrations file failed");
}

void RegistrationsWriter::write(const PopulationTable::PracticeInfo& info, std::span<const std::uint32_t> totals,
                                std::span<const std::uint32_t> counts) {
  const auto nb = static_cast<std::size_t>(bin_count(ages_));
  if (totals.size() != sexes_.size() || counts.size() != sexes_.size() * nb)
    throw std::invalid_argument("registrations writer: counts do not match the sexes and ages");
  prefix_.clear();
  prefix_ += publication_;
  prefix_ += ',';
  prefix_ += extract_;
  prefix_ += ",GP,";
  if (with_commissioner_) {
    prefix_ += info.commissioner.str();
    prefix_ += ',';
    prefix_ += info.ons_commissioner;
    prefix_ += ',';
  }
  prefix_ += info.code.str();
  prefix_ += ',';
  prefix_ += info.postcode;
  prefix_ += ',';
  if (format_ == RegistrationsFormat::AllAges) {
    std::uint64_t total = 0;
    if (const auto it = std::find(sexes_.begin(), sexes_.end(), Sex::Persons); it != sexes_.end())
      total = totals[static_cast<std::size_t>(it - sexes_.begin())];
    else
      for (const auto t : totals) total += t;
    buf_ += prefix_;
    buf_ += "ALL,ALL,";
    append_uint(buf_, total);
    buf_ += "\r\n";
  } else {
    std::span<const std::uint32_t> use = counts;
    std::size_t out_bins = nb;
    if (format_ == RegistrationsFormat::Quinary && ages_ == AgeResolution::SingleYear) {
      out_bins = quinary_bins;
      regrouped_.assign(sexes_.size() * out_bins, 0);
      for (std::size_t s = 0; s < sexes_.size(); ++s)
        for (std::size_t b = 0; b < nb; ++b)
          regrouped_[s * out_bins + std::min<std::size_t>(b / 5, quinary_bins - 1)] += counts[s * nb + b];
      use = regrouped_;
    }
    for (std::size_t s = 0; s < sexes_.size(); ++s) {
      const auto word = sex_word(sexes_[s]);
      buf_ += prefix_;
      buf_ += word;
      buf_ += ",ALL,";
      append_uint(buf_, totals[s]);
      buf_ += "\r\n";
      for (std::size_t b = 0; b < out_bins; ++b) {
        buf_ += prefix_;
        buf_ += word;
        buf_ += ',';
        buf_ += labels_[b];
        buf_ += ',';
        append_uint(buf_, use[s * out_bins + b]);
        buf_ += "\r\n";
      }
    }
  }
  if (buf_.size() > (1 << 20) - 65536) flush();
}

void write_registrations(std::ostream& out, const PopulationTable& table, RegistrationsFormat format) {
  bool any_commissioner = table.practices() == 0;
  for (std::size_t i = 0; i < table.practices() && !any_commissioner; ++i) any_commissioner = table.commissioner(i).ok();
  RegistrationsWriter w(out, format, table.ages(), table.sexes(), any_commissioner, table.sub_icb_columns,
                        table.publication, table.extract_date);
  const auto nb = static_cast<std::size_t>(table.bins());
  std::vector<std::uint32_t> totals(table.sexes().size()), counts(table.sexes().size() * nb);
  for (std::size_t i = 0; i < table.practices(); ++i) {
    for (std::size_t s = 0; s < table.sexes().size(); ++s) {
      const Sex sex = table.sexes()[s];
      totals[s] = static_cast<std::uint32_t>(table.total(i, sex));
      for (std::size_t b = 0; b < nb; ++b) counts[s * nb + b] = table.count(i, sex, static_cast<int>(b));
    }
    w.write({table.code(i), table.commissioner(i), table.ons_commissioner(i), table.postcode(i)}, totals, counts);
  }
  w.finish();
}

}  // namespace commissioning::io
