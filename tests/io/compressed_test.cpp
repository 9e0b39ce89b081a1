// Files as downloaded: gzip and zip read through every reader that takes a path, told apart by
// their first bytes, and damaged or hostile archives refused with the file, member and reason.
// The archives are made here (zlib and a small zip writer), never stored in the project.
#include <catch2/catch.hpp>
#include <unistd.h>
#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "commissioning/core/parse_error.hpp"
#include "commissioning/fixtures/synthetic_population.hpp"
#include "commissioning/io/compressed.hpp"
#include "commissioning/io/documents.hpp"
#include "commissioning/io/ods.hpp"
#include "commissioning/io/population_files.hpp"
#include "commissioning/io/registrations.hpp"
#include "shared_data.hpp"

using namespace commissioning;
using namespace commissioning::io;

namespace {

std::string deflate_bytes(const std::string& data, int window_bits) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string gzip(const std::string& data) { return deflate_bytes(data, 16 + MAX_WBITS); }

// A zip as the tools write one: local headers with sizes and CRC, a central directory, its end.
struct Member {
  std::string name;
  std::string data;
  bool deflated{true};
};

void put16(std::string& s, unsigned v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, std::uint32_t v) {
  put16(s, v & 0xFFFF);
  put16(s, v >> 16);
}

std::string make_zip(const std::vector<Member>& members) {
  std::string out, central;
  for (const auto& m : members) {
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(m.data.data()), static_cast<uInt>(m.data.size())));
    const std::string body = m.deflated ? deflate_bytes(m.data, -MAX_WBITS) : m.data;
    const auto offset = static_cast<std::uint32_t>(out.size());
    std::string common;
    put16(common, 0);                     // flags
    put16(common, m.deflated ? 8U : 0U);  // method
    put16(common, 0);                     // time
    put16(common, 0x21);                  // date: 1980-01-01
    put32(common, crc);
    put32(common, static_cast<std::uint32_t>(body.size()));
    put32(common, static_cast<std::uint32_t>(m.data.size()));
    put16(common, static_cast<unsigned>(m.name.size()));
    put16(common, 0);  // extra
    put32(out, 0x04034b50);
    put16(out, 20);
    out += common + m.name + body;
    put32(central, 0x02014b50);
    put16(central, 20);
    put16(central, 20);
    central += common;
    put16(central, 0);  // comment
    put16(central, 0);  // disk
    put16(central, 0);  // internal attributes
    put32(central, 0);  // external attributes
    put32(central, offset);
    central += m.name;
  }
  const auto at = static_cast<std::uint32_t>(out.size());
  out += central;
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<unsigned>(members.size()));
  put16(out, static_cast<unsigned>(members.size()));
  put32(out, static_cast<std::uint32_t>(central.size()));
  put32(out, at);
  put16(out, 0);
  return out;
}

struct TempDir {
  std::filesystem::path dir;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "commissioning-zip-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    dir = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string write(const std::string& name, const std::string& bytes) const {
    const auto path = (dir / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
};

std::string registrations(std::size_t practices) {
  fixtures::SyntheticOptions o;
  o.practices = practices;
  std::ostringstream out;
  fixtures::write_synthetic_registrations(out, o, RegistrationsFormat::SingleYear);
  return out.str();
}

std::uint64_t grand_total(const PopulationTable& t) {
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < t.practices(); ++i) sum += t.total(i);
  return sum;
}

std::string error_of(const std::string& path) {
  try {
    (void)read_population_file(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

std::string read_through(ByteSource& in) {
  std::string out;
  char buf[4096];
  while (const auto n = in.read(buf, sizeof buf)) out.append(buf, n);
  return out;
}

}  // namespace

TEST_CASE("a gzip or zip registrations file reads as the plain file, told by its first bytes") {
  TempDir tmp;
  const auto text = registrations(60);
  const auto plain = read_population_file(tmp.write("plain.csv", text));
  const auto csv = make_zip({{"gp-reg-pat-prac-all.csv", text}});
  for (const auto& [name, bytes, shown] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"reg.csv.gz", gzip(text), "reg.csv.gz"},
           {"reg.zip", csv, "reg.zip:gp-reg-pat-prac-all.csv"},
           {"no-extension", gzip(text), "no-extension"},      // not by the name:
           {"looks-plain.csv", csv, "looks-plain.csv:gp-reg-pat-prac-all.csv"}}) {  // by the bytes
    INFO(name);
    InputFile in(tmp.write(name, bytes));
    CHECK(in.name() == (tmp.dir / shown).string());
    CHECK(in.compression() == (name.find("gz") != std::string::npos || name == "no-extension" ? Compression::Gzip : Compression::Zip));
    CHECK_FALSE(in.size().has_value());  // a header's claim of the size is not trusted
    const auto load = read_population_file(tmp.write(name, bytes));
    CHECK(load.table.practices() == plain.table.practices());
    CHECK(grand_total(load.table) == grand_total(plain.table));
    CHECK(load.rows == plain.rows);
  }
  // A stored (not deflated) member reads too.
  const auto stored = read_population_file(tmp.write("stored.zip", make_zip({{"r.csv", text, false}})));
  CHECK(grand_total(stored.table) == grand_total(plain.table));
}

TEST_CASE("gzip members one after the other read as one file, as gzip allows") {
  TempDir tmp;
  const auto text = registrations(20);
  const auto cut = text.find('\n', text.size() / 2) + 1;
  const auto two = gzip(text.substr(0, cut)) + gzip(text.substr(cut));
  const auto plain = read_population_file(tmp.write("plain.csv", text));
  const auto load = read_population_file(tmp.write("two.csv.gz", two));
  CHECK(grand_total(load.table) == grand_total(plain.table));
  // Through a ByteSource too (a pipe is read the same way: once, no seeking).
  StringSource raw(two);
  DecompressedSource in(raw, "two.gz");
  CHECK(read_through(in) == text);
  // An empty member in between is still a member.
  const auto with_empty_bytes = gzip("ab") + gzip("") + gzip("cd");
  StringSource with_empty_raw(with_empty_bytes);
  DecompressedSource with_empty(with_empty_raw, "e.gz");
  CHECK(read_through(with_empty) == "abcd");
}

TEST_CASE("a zip of several members reads the one named as archive.zip:member, and refuses to guess") {
  TempDir tmp;
  const auto text = registrations(10);
  const auto zip = tmp.write("monthly.zip", make_zip({{"readme.txt", "hello"}, {"data/reg.csv", text}, {"x.csv", "a"}}));
  const auto named = read_population_file(zip + ":data/reg.csv");
  CHECK(named.table.practices() == 10);
  CHECK(InputFile(zip + ":data/reg.csv").name() == zip + ":data/reg.csv");
  // None named: refused, listing the members and saying how to name one.
  const auto several = error_of(zip);
  CHECK_THAT(several, Catch::Contains("holds 3 file members (readme.txt, data/reg.csv, x.csv)"));
  // The suggestion is the first CSV member, not a readme (second trial).
  CHECK_THAT(several, Catch::Contains("name the one to read as " + zip + ":data/reg.csv"));
  // A member that is not there.
  CHECK_THAT(error_of(zip + ":nope.csv"), Catch::Contains("no member named 'nope.csv'") &&
                                              Catch::Contains("3 file members (readme.txt, data/reg.csv, x.csv)"));
  // A member named in something that is not a zip.
  const auto gz = tmp.write("reg.csv.gz", gzip(text));
  CHECK_THAT(error_of(gz + ":reg.csv"), Catch::Contains("not a zip archive"));
  const auto csv = tmp.write("reg.csv", text);
  CHECK_THAT(error_of(csv + ":reg.csv"), Catch::Contains("not a zip archive, so it has no member 'reg.csv'"));
  // A file whose own name holds a colon is read as that file.
  const auto colon = tmp.write("2021:01.csv", text);
  CHECK(read_population_file(colon).table.practices() == 10);
  // Error messages list at most 20 members, however many there are.
  std::vector<Member> many;
  for (int i = 0; i < 25; ++i) many.push_back({"m" + std::to_string(i) + ".csv", "x"});
  const auto big = tmp.write("many.zip", make_zip(many));
  CHECK_THAT(error_of(big), Catch::Contains("holds at least 20 file members (m0.csv, m1.csv") &&
                                Catch::Contains("m19.csv, …)") && !Catch::Contains("m20.csv"));
  CHECK_THAT(error_of(big + ":nope.csv"), Catch::Contains("holds 25 file members (m0.csv") &&
                                              Catch::Contains("m19.csv, …)") && !Catch::Contains("m20.csv"));
  // Two members of one name: which is meant is unclear, so neither is read (an independent
  // trial found the first read silently).
  const auto twice = tmp.write("twice.zip", make_zip({{"reg.csv", text}, {"reg.csv", registrations(3)}}));
  CHECK_THAT(error_of(twice + ":reg.csv"), Catch::Contains("more than one member named 'reg.csv'"));
  // Named or not: the listing does not suggest a name that would then be refused.
  CHECK_THAT(error_of(twice), Catch::Contains("more than one of them named 'reg.csv'") && !Catch::Contains("name the one"));
  // A directory entry is not a member.
  const auto with_dir = tmp.write("dir.zip", make_zip({{"data/", "", false}, {"data/reg.csv", text}}));
  CHECK(read_population_file(with_dir).table.practices() == 10);
}

TEST_CASE("an empty zip is an InputError naming the file") {
  TempDir tmp;
  const auto empty = tmp.write("empty.zip", make_zip({}));
  CHECK_THAT(error_of(empty), Catch::Contains(empty) && Catch::Contains("empty zip archive"));
  const auto dirs_only = tmp.write("dirs.zip", make_zip({{"a/", "", false}}));
  CHECK_THAT(error_of(dirs_only), Catch::Contains("empty zip archive"));
}

TEST_CASE("every reader that takes a path reads gzip and zip: documents, hierarchies, weights, ODS") {
  TempDir tmp;
  std::ifstream committee_in(std::string(COMMISSIONING_SOURCE_DIR) + "/fuzz/corpus/fuzz_governance/committee.json");
  const std::string committee((std::istreambuf_iterator<char>(committee_in)), std::istreambuf_iterator<char>());
  REQUIRE_FALSE(committee.empty());
  for (const auto& path : {tmp.write("committee.json.gz", gzip(committee)),
                           tmp.write("committee.zip", make_zip({{"committee.json", committee}}))}) {
    INFO(path);
    CHECK(document_kind(read_any_document_file(path).document) == "committee");
    CHECK(read_documents_file(path).size() == 1);
    CHECK(read_text_file(path) == committee);
  }
  const std::string members = "A81001,00K,CCG,20130401,\nA81002,00K,CCG,20130401,\n";
  OrganisationHierarchy h;
  const auto load = read_hierarchy_file(tmp.write("members.csv.gz", gzip(members)), h);
  CHECK(load.format == HierarchyFormat::Memberships);
  CHECK(h.size() == 2);
  OrganisationHierarchy hz;
  (void)read_hierarchy_file(tmp.write("members.zip", make_zip({{"m.csv", members}})), hz);
  CHECK(hz.size() == 2);
  std::ifstream epraccur_in(std::string(COMMISSIONING_SOURCE_DIR) + "/fuzz/corpus/fuzz_population/epraccur.csv");
  const std::string epraccur((std::istreambuf_iterator<char>(epraccur_in)), std::istreambuf_iterator<char>());
  const auto plain_register = read_epraccur_file(tmp.write("epraccur.csv", epraccur), true);
  const auto gz_register = read_epraccur_file(tmp.write("epraccur.csv.gz", gzip(epraccur)), true);
  REQUIRE(plain_register.practices.size() > 0);
  CHECK(gz_register.practices.size() == plain_register.practices.size());
}

TEST_CASE("one layer only, and a ByteSource handed to a reader is read as it is") {
  const auto text = registrations(3);
  // A zip holding a .gz gives the gzip bytes, not the text inside them.
  const auto gz = gzip(text);
  const auto zip = make_zip({{"reg.csv.gz", gz}});
  StringSource raw(zip);
  DecompressedSource in(raw, "nested.zip");
  CHECK(in.name() == "nested.zip:reg.csv.gz");
  CHECK(read_through(in) == gz);
  // The readers that take a ByteSource do not decompress: wrap it in DecompressedSource.
  StringSource gz_raw(gz);
  CHECK_THROWS_WITH(read_registrations(gz_raw, "raw.gz"), Catch::Contains("not a text file"));
  StringSource gz_again(gz);
  DecompressedSource wrapped(gz_again, "raw.gz");
  CHECK(read_registrations(wrapped, wrapped.name()).table.practices() == 3);
}

TEST_CASE("damaged gzip is an InputError naming the file and the reason") {
  TempDir tmp;
  const auto text = registrations(10);
  const auto gz = gzip(text);
  // Truncated: the file ends inside the compressed data, or inside the trailer.
  for (const auto keep : {gz.size() / 2, gz.size() - 4, std::size_t{12}}) {
    const auto path = tmp.write("cut.csv.gz", gz.substr(0, keep));
    CHECK_THAT(error_of(path), Catch::Contains(path) && Catch::Contains("truncated gzip data"));
  }
  // A bad CRC-32 in the trailer (the data itself intact).
  auto bad_crc = gz;
  bad_crc[bad_crc.size() - 8] = static_cast<char>(bad_crc[bad_crc.size() - 8] ^ 0x55);
  const auto crc_path = tmp.write("crc.csv.gz", bad_crc);
  CHECK_THAT(error_of(crc_path), Catch::Contains(crc_path) && Catch::Contains("incorrect data check") &&
                                     Catch::Contains("CRC-32"));
  // A wrong length in the trailer.
  auto bad_len = gz;
  bad_len[bad_len.size() - 1] = static_cast<char>(bad_len[bad_len.size() - 1] ^ 0x01);
  CHECK_THAT(error_of(tmp.write("len.csv.gz", bad_len)), Catch::Contains("incorrect length check"));
  // Corrupt compressed data.
  auto corrupt = gz;
  for (std::size_t i = 20; i < 60; ++i) corrupt[i] = '\xFF';
  CHECK_THAT(error_of(tmp.write("corrupt.csv.gz", corrupt)), Catch::Contains("damaged gzip data in member 1"));
  // Bytes after the last member that are not another member.
  CHECK_THAT(error_of(tmp.write("trailing.csv.gz", gz + "garbage")),
             Catch::Contains("bytes after gzip member 1 are not another gzip member"));
  CHECK_THAT(error_of(tmp.write("trailing2.csv.gz", gz + std::string("\x1F\x00rest", 6))),
             Catch::Contains("bytes after gzip member 1 are not another gzip member"));
  // Only the magic bytes.
  CHECK_THAT(error_of(tmp.write("magic.gz", "\x1F\x8B")), Catch::Contains("truncated gzip data"));
}

TEST_CASE("damaged, encrypted or unreadable zip members are InputErrors naming the file, member and reason") {
  TempDir tmp;
  const auto text = registrations(10);
  const std::string name = "reg.csv";
  const auto data_at = 30 + name.size();
  const auto zip = make_zip({{name, text}});
  const auto stored = make_zip({{name, text, false}});
  // Truncated inside the member's data.
  const auto cut = tmp.write("cut.zip", zip.substr(0, zip.size() / 2));
  CHECK_THAT(error_of(cut), Catch::Contains(cut + ":reg.csv") && Catch::Contains("truncated zip"));
  // A bad CRC: one byte of a stored member changed (read whole, so that no reader refuses the
  // changed text before the CRC is checked at the member's end).
  auto bad = stored;
  bad[data_at + 100] = static_cast<char>(bad[data_at + 100] ^ 0x01);
  const auto crc = tmp.write("crc.zip", bad);
  CHECK_THROWS_WITH(read_text_file(crc), Catch::Contains(crc + ":reg.csv") && Catch::Contains("CRC"));
  // Corrupt deflate data.
  auto corrupt = zip;
  for (std::size_t i = data_at + 10; i < data_at + 50; ++i) corrupt[i] = '\xFF';
  CHECK_THAT(error_of(tmp.write("corrupt.zip", corrupt)), Catch::Contains("corrupt.zip:reg.csv"));
  // An encrypted member (general-purpose flag bit 0).
  auto encrypted = zip;
  encrypted[6] = '\x01';
  const auto enc = tmp.write("enc.zip", encrypted);
  CHECK_THAT(error_of(enc), Catch::Contains(enc + ":reg.csv") && Catch::Contains("encrypted"));
  // Compression methods the library cannot read: deflate64 (9) and an unassigned one (99).
  for (const char method : {'\x09', '\x63'}) {
    auto other = zip;
    other[8] = method;
    const auto path = tmp.write("method.zip", other);
    CHECK_THAT(error_of(path), Catch::Contains(path + ":reg.csv") && Catch::Contains("compression method"));
  }
}

TEST_CASE("decompressed bytes obey the limits of plain files: a zip bomb is stopped by the reader's limit") {
  TempDir tmp;
  // 8 MiB of zeros compress to about 8 KiB; the registrations reader stops at its line limit.
  const std::string zeros(std::size_t{8} << 20, '\0');
  for (const auto& path : {tmp.write("zeros.csv.gz", gzip(zeros)), tmp.write("zeros.zip", make_zip({{"z.csv", zeros}}))}) {
    INFO(path);
    CHECK_THAT(error_of(path), Catch::Contains("first line is over"));
    // A whole-document read stops at its byte limit, counted in decompressed bytes.
    CHECK_THROWS_WITH(read_text_file(path, std::size_t{1} << 20), Catch::Contains("exceeds the limit of 1048576"));
  }
  // A long line after a good header: the line limit (64 KiB) applies to decompressed lines.
  const auto text = registrations(2);
  const auto header = text.substr(0, text.find('\n') + 1);
  const auto long_line = tmp.write("long.csv.gz", gzip(header + std::string(std::size_t{1} << 20, 'x') + "\n"));
  CHECK_THAT(error_of(long_line), Catch::Contains("long.csv.gz:2"));
}

TEST_CASE("the real January 2021 registrations, zipped and gzipped here, give the plain file's totals") {
  const auto real = test_support::shared_file_or_skip("data/real/gp-reg-pat-prac-all-2021-01.csv");
  if (real.empty()) return;
  std::ifstream in(real, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  TempDir tmp;
  const auto plain = read_population_file(real);
  REQUIRE(plain.table.practices() == 6658);
  for (const auto& path : {tmp.write("gp-reg-pat-prac-all-2021-01.zip", make_zip({{"gp-reg-pat-prac-all-2021-01.csv", text}})),
                           tmp.write("gp-reg-pat-prac-all-2021-01.csv.gz", gzip(text))}) {
    INFO(path);
    const auto load = read_population_file(path);
    CHECK(load.table.practices() == plain.table.practices());
    CHECK(grand_total(load.table) == grand_total(plain.table));
    CHECK(load.report.diagnostics().size() == plain.report.diagnostics().size());
  }
}
