#include <catch2/catch.hpp>

#include "commissioning/io/documents.hpp"
#include "commissioning/io/json_core.hpp"
#include "roundtrip.hpp"

#include <filesystem>
#include <fstream>
#include <random>

using namespace commissioning;
using test_support::require_round_trips;

TEST_CASE("vocabulary types survive JSON and every archive format") {
  SECTION("money, random amounts") {
    auto p = GENERATE(take(30, random(INT64_MIN, INT64_MAX)));
    require_round_trips(Money::from_pence(p));
  }
  SECTION("reported amounts keep unit, decimals and -0") {
    auto s = GENERATE(as<std::string>{}, "£1,427k", "£2.04m", "£3.34", "-0", "(123)", "£21m");
    require_round_trips(parse_reported_amount(s));
    require_round_trips(parse_reported_amount(s, MoneyUnit::Thousands));
  }
  SECTION("dates, including not-a-date") {
    auto day = GENERATE(take(30, random(0, 40'000)));
    require_round_trips(Date{1990, 1, 1}.plus_days(day));
    require_round_trips(Date{});
  }
  SECTION("written dates keep their verbatim text and stated weekday") {
    require_round_trips(parse_written_date("Monday 3rd July 2018"));
    require_round_trips(parse_written_date("1st September", {2018}));
  }
  SECTION("times and ranges") {
    auto m = GENERATE(take(20, random(0u, 24u * 60u - 1u)));
    require_round_trips(TimeOfDay(m / 60, m % 60));
    require_round_trips(parse_time_range("10.00pm – 11.45am"));
  }
  SECTION("periods") {
    auto y = GENERATE(range(1990, 2040, 7));
    require_round_trips(FinancialYear{y});
    require_round_trips(FinancialMonth(FinancialYear{y}, static_cast<unsigned>(y % 12 + 1)));
    require_round_trips(Quarter(FinancialYear{y}, static_cast<unsigned>(y % 4 + 1)));
  }
  SECTION("codes, names and statuses") {
    require_round_trips(OdsCode("M83001"));
    require_round_trips(OdsCode("05W"));
    require_round_trips(Initials("NMcF"));
    require_round_trips(parse_percentage("0.5%"));
    require_round_trips(Rag::Amber);
    require_round_trips(parse_person_name("Dr Ruth Chambers OBE"));
    require_round_trips(PersonName{"", "Zoë", "Ó Briain", {}});  // Unicode survives
    require_round_trips(parse_per_head_rate("£3.34 a head"));
    require_round_trips(parse_population_rate("30 minutes per 1,000 population per week"));
    require_round_trips(Diagnostic{"core.date.weekday-matches", Severity::Warning, "/meetings/0/date", "£ and “quotes”"});
  }
}

TEST_CASE("JSON errors name the path and the reason") {
  using io::from_json_text;
  try {
    (void)from_json_text<TimeRange>(R"({"start": "25.00am", "end": "11:00"})", "pack.json");
    FAIL("accepted 25.00am");
  } catch (const InputError& e) {
    CHECK(e.source() == "pack.json");
    CHECK(e.field() == "/start");
    CHECK_THAT(e.reason(), Catch::Contains("12-hour clock"));
  }
  CHECK_THROWS_WITH(from_json_text<TimeRange>(R"({"start": "10:00", "end": "11:00", "finish": 1})"),
                    Catch::Contains("unknown field \"finish\""));
  CHECK_THROWS_WITH(from_json_text<TimeRange>(R"({"start": "10:00"})"), Catch::Contains("end"));
  CHECK_THROWS_WITH(from_json_text<Money>("12"), Catch::Contains("expected a string"));
  CHECK_THROWS_WITH(from_json_text<Money>("\"£12"), Catch::Contains("not valid JSON"));
}

TEST_CASE("hostile JSON gives an error with bounded work") {
  const std::string deep(100'000, '[');
  CHECK_THROWS_WITH(io::parse_json(deep), Catch::Contains("nested deeper"));
  CHECK_THROWS_AS(io::parse_json("{\"a\": 1e999999}"), InputError);
  CHECK_THROWS_AS(io::from_json_text<Money>("\"\xff\xfe\""), InputError);
  io::JsonLimits small;
  small.max_bytes = 10;
  CHECK_THROWS_WITH(io::parse_json(std::string(11, ' '), "x", small), Catch::Contains("exceeds"));
}

TEST_CASE("hostile archives give an error with bounded memory") {
  using io::ArchiveFormat;
  const auto good = io::save_archive(parse_person_name("Dr Ruth Chambers OBE"), ArchiveFormat::Binary);

  SECTION("a ten-byte file with a forged length prefix") {
    const std::string forged("\xff\xff\xff\xff\xff\xff\xff\x7f\x00\x00", 10);
    CHECK_THROWS_AS(io::load_archive<PersonName>(forged, ArchiveFormat::Binary), InputError);
    CHECK_THROWS_AS(io::load_archive<PersonName>(forged, ArchiveFormat::Text), InputError);
  }
  SECTION("a forged string length inside a real archive") {
    // The first string's length follows the header; overwrite every 8-byte window in turn.
    for (std::size_t at = 40; at + 8 <= good.size(); ++at) {
      auto copy = good;
      for (std::size_t k = 0; k < 8; ++k) copy[at + k] = '\x7f';
      try {
        (void)io::load_archive<PersonName>(copy, ArchiveFormat::Binary);
      } catch (const InputError&) {
      }
    }
    SUCCEED("no crash, no unbounded allocation");
  }
  SECTION("truncated at every byte") {
    for (auto format : {ArchiveFormat::Text, ArchiveFormat::Xml, ArchiveFormat::Binary}) {
      const auto bytes = io::save_archive(parse_person_name("Dr Ruth Chambers OBE"), format);
      // Cutting only trailing whitespace loses nothing; every cut into content must fail.
      const auto content_end = bytes.find_last_not_of(" \n\r\t") + 1;
      for (std::size_t n = 0; n < content_end; ++n) {
        CAPTURE(to_string(format), n);
        CHECK_THROWS_AS(io::load_archive<PersonName>(std::string_view(bytes).substr(0, n), format), InputError);
      }
    }
  }
  SECTION("values that no checked constructor would build") {
    auto bytes = io::save_archive(Date{2018, 7, 3}, ArchiveFormat::Text);
    const auto at = bytes.rfind(" 3");
    bytes.replace(at, 2, " 31");  // 31 July is fine...
    CHECK(io::load_archive<Date>(bytes, ArchiveFormat::Text) == Date{2018, 7, 31});
    bytes.replace(bytes.rfind(" 31"), 3, " 32");  // ...32 July is not
    CHECK_THROWS_WITH(io::load_archive<Date>(bytes, ArchiveFormat::Text), Catch::Contains("impossible date"));
  }
  SECTION("an amount with more decimals than its unit allows is refused, not printed by dividing by zero") {
    for (auto format : {ArchiveFormat::Text, ArchiveFormat::Xml, ArchiveFormat::Binary}) {
      CAPTURE(to_string(format));
      const auto figure = parse_reported_amount("£2.04m");
      for (std::uint8_t d = 0; d <= 12; ++d) {
        // Damage the decimals field: build the archive of the figure with another decimals
        // count by editing the saved bytes where the count sits.
        auto bytes = io::save_archive(figure, format);
        if (format == ArchiveFormat::Xml) {
          const auto at = bytes.find("<decimals>2</decimals>");
          REQUIRE(at != std::string::npos);
          bytes.replace(at, 22, "<decimals>" + std::to_string(d + 9) + "</decimals>");
        } else if (format == ArchiveFormat::Text) {
          // "... <value> <unit> <decimals> <negative_zero>": decimals is the second-last token
          const auto last = bytes.find_last_not_of(" \n");
          const auto before = bytes.rfind(' ', bytes.rfind(' ', last) - 1);
          bytes.replace(before, 2, " " + std::to_string(d + 9));
        } else {
          // int32 decimals followed by the one-byte negative_zero flag at the end
          REQUIRE(bytes[bytes.size() - 5] == 2);
          bytes[bytes.size() - 5] = static_cast<char>(d + 9);
        }
        CAPTURE(bytes);
        CHECK_THROWS_WITH(io::load_archive<ReportedAmount>(bytes, format), Catch::Contains("decimal places"));
      }
    }
  }
  SECTION("a bool byte other than 0 or 1 in a binary archive is refused, not undefined behaviour") {
    WrittenDate written = parse_written_date("Monday 3rd July 2018");
    written.year_from_context = true;
    const auto bytes = io::save_archive(written, ArchiveFormat::Binary);
    // Set each byte in turn to 2 (and 255): each load gives a value or an InputError; the bool
    // fields (stated weekday present, year from context) name themselves.
    int bool_errors = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      for (char bad : {'\x02', '\xFF'}) {
        auto damaged = bytes;
        damaged[i] = bad;
        CAPTURE(i, static_cast<int>(bad));
        try {
          (void)io::load_archive<WrittenDate>(damaged, ArchiveFormat::Binary);
        } catch (const InputError& e) {
          if (std::string_view(e.what()).find("yes/no field") != std::string_view::npos) ++bool_errors;
        }
      }
    }
    CHECK(bool_errors == 4);  // two bool fields, two bad bytes each
    // The fuzz finding: seed7 of fuzz_core_archives with its "present" byte set to 2.
    std::ifstream in(COMMISSIONING_SOURCE_DIR "/fuzz/corpus/fuzz_core_archives/bool-byte-2.bin", std::ios::binary);
    const std::string finding((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(finding.size() > 1);
    CHECK_THROWS_WITH(io::load_archive<WrittenDate>(std::string_view(finding).substr(1), ArchiveFormat::Binary),
                      Catch::Contains("yes/no field"));
  }
  SECTION("strings over the limit are refused in every format, XML included") {
    const PersonName long_name{"", "A", std::string(5000, 'x'), {}};
    io::ArchiveLimits limits;
    limits.max_string = 4096;
    for (auto format : {ArchiveFormat::Text, ArchiveFormat::Xml, ArchiveFormat::Binary}) {
      CAPTURE(to_string(format));
      const auto bytes = io::save_archive(long_name, format);
      CHECK(io::load_archive<PersonName>(bytes, format) == long_name);
      const auto saved = io::current_archive_limits();
      io::set_archive_limits(limits);
      CHECK_THROWS_WITH(io::load_archive<PersonName>(bytes, format), Catch::Contains("over the limit of 4096"));
      io::set_archive_limits(saved);
    }
  }
  SECTION("text that is not UTF-8 is refused in every format, as JSON refuses it") {
    const PersonName name{"", "A", "Caf\xff", {}};
    for (auto format : {ArchiveFormat::Text, ArchiveFormat::Xml, ArchiveFormat::Binary}) {
      CAPTURE(to_string(format));
      CHECK_THROWS_WITH(io::load_archive<PersonName>(io::save_archive(name, format), format),
                        Catch::Contains("not UTF-8") && Catch::Contains("Caf\\xff"));
    }
    // The fuzz finding (fuzz_archive_structure): a programme archive whose name had a byte
    // changed loaded, and writing the programme as JSON then threw from inside nlohmann.
    std::ifstream in(COMMISSIONING_SOURCE_DIR "/tests/io/regressions/archive-string-not-utf8.bin", std::ios::binary);
    const std::string finding((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(finding.size() > 1);
    CHECK_THROWS_WITH(io::load_archive<Programme>(std::string_view(finding).substr(1), ArchiveFormat::Binary),
                      Catch::Contains("not UTF-8"));
  }
  SECTION("a class version older than any this library wrote is refused") {
    // The fuzz finding (fuzz_risk_programme, a CI timeout): a programme archive whose
    // Workstream class claimed version 0, older than any of its fields, so each of its
    // 2^26 allowed workstreams was read from no bytes at all (21 s for 339 bytes).
    std::ifstream in(COMMISSIONING_SOURCE_DIR "/tests/io/regressions/programme-class-version-0.bin", std::ios::binary);
    const std::string finding((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(finding.size() > 1);
    CHECK_THROWS_WITH(io::load_archive<Programme>(std::string_view(finding).substr(1), ArchiveFormat::Binary),
                      Catch::Contains("class version 0, older than any this library wrote"));
  }
  SECTION("a newer class version is refused") {
    auto bytes = io::save_archive(Money::from_pence(5), ArchiveFormat::Text);
    // text archive: "22 serialization::archive 19 0 1 5": tracking 0, class version 1
    const auto at = bytes.find(" 0 1 ");
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 5, " 0 9 ");
    CHECK_THROWS_AS(io::load_archive<Money>(bytes, ArchiveFormat::Text), InputError);
  }
}

TEST_CASE("fuzzer findings stay fixed") {
  // Each file is an input a fuzzer once crashed on: first byte the archive format, then bytes.
  for (const auto& entry : std::filesystem::directory_iterator(COMMISSIONING_SOURCE_DIR "/tests/io/regressions")) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(bytes.empty());
    const auto format = static_cast<io::ArchiveFormat>(static_cast<unsigned char>(bytes[0]) % 3);
    INFO(entry.path().filename().string());
    // Every type fuzz_core_archives loads.
    try {
      (void)io::load_archive<PersonName>(std::string_view(bytes).substr(1), format);
    } catch (const InputError&) {
    }
    try {
      (void)io::load_archive<WrittenDate>(std::string_view(bytes).substr(1), format);
    } catch (const InputError&) {
    }
    try {
      (void)io::load_archive<Diagnostic>(std::string_view(bytes).substr(1), format);
    } catch (const InputError&) {
    }
  }
}

TEST_CASE("random valid values survive JSON, binary, XML, text and JSON again") {
  using test_support::through_every_format;
  auto seed = GENERATE(take(50, random(0, 1'000'000)));
  std::mt19937 rng(static_cast<unsigned>(seed));
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

  const auto money = Money::from_pence(std::uniform_int_distribution<std::int64_t>(INT64_MIN / 4, INT64_MAX / 4)(rng));
  CHECK(through_every_format(money) == money);
  const auto unit = static_cast<MoneyUnit>(pick(0, 2));
  const auto figure = parse_reported_amount(std::to_string(pick(-99999, 99999)), unit);
  CHECK(through_every_format(figure) == figure);
  const auto date = Date{2000, 1, 1}.plus_days(pick(0, 20000));
  WrittenDate written{date, static_cast<Weekday>(pick(0, 6)), pick(0, 1) == 1, long_form(date) + " ✓ £"};
  CHECK(through_every_format(written) == written);
  const TimeRange range{TimeOfDay(static_cast<unsigned>(pick(0, 23)), static_cast<unsigned>(pick(0, 59))),
                        TimeOfDay(static_cast<unsigned>(pick(0, 23)), static_cast<unsigned>(pick(0, 59)))};
  CHECK(through_every_format(range) == range);
  const Quarter quarter(FinancialYear{pick(1990, 2090)}, static_cast<unsigned>(pick(1, 4)));
  CHECK(through_every_format(quarter) == quarter);
  std::string family;
  for (int i = pick(1, 30); i > 0; --i) family += static_cast<char>(pick('a', 'z'));
  const PersonName name{pick(0, 1) ? "Dr" : "", "Zoë", family, {"OBE"}};
  CHECK(through_every_format(name) == name);
}

TEST_CASE("whole-file reads are bounded and name the file") {
  const auto path = (std::filesystem::temp_directory_path() / "commissioning-read-limit.json").string();
  io::write_text_file(path, std::string(64, ' ') + "\"£3.34\"");
  CHECK(io::read_text_file(path).size() == 72);  // "£" is two bytes in UTF-8
  CHECK_THROWS_WITH(io::read_text_file(path, 10), Catch::Contains(path) && Catch::Contains("exceeds the limit of 10"));
  io::JsonLimits small;
  small.max_bytes = 10;
  CHECK_THROWS_AS(io::read_json_file(path, small), InputError);
  CHECK(io::read_json_file(path).get<Money>() == Money::from_pence(334));
  std::filesystem::remove(path);
  CHECK_THROWS_WITH(io::read_text_file(path), Catch::Contains(path) && Catch::Contains("cannot read"));
}

TEST_CASE("[default] empty values survive JSON (as null) and every archive format") {
  require_round_trips(Date{});
  require_round_trips(TimeOfDay{});
  require_round_trips(TimeRange{});
  require_round_trips(FinancialYear{});
  require_round_trips(FinancialMonth{});
  require_round_trips(Quarter{});
  require_round_trips(OdsCode{});
  require_round_trips(Initials{});
  require_round_trips(WrittenDate{});
  CHECK(io::Json(TimeOfDay{}).is_null());
  CHECK(io::Json(FinancialMonth{}).is_null());
  CHECK(io::Json(OdsCode{}).is_null());
}
