"""Files as downloaded: read_registrations (and every reader that takes a path) reads .gz and
.zip directly, told by their first bytes; damaged archives raise InputError naming the file."""
import gzip
import zipfile

import pytest

import commissioning as c
from conftest import generate_registrations


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    path = tmp_path_factory.mktemp("downloads") / "gp-reg-pat-prac-all.csv"
    return generate_registrations(path, 40)


def totals(table):
    return table.practices, table.total(), {r["code"]: r["patients"] for r in table.summarise("ccg")}


def test_gzip_and_zip_read_as_the_plain_file(month, tmp_path):
    plain = totals(c.read_registrations(month))
    gz = tmp_path / "month.csv.gz"
    gz.write_bytes(gzip.compress(month.read_bytes()))
    zipped = tmp_path / "month.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(month, "gp-reg-pat-prac-all.csv")
    download = tmp_path / "download"  # no extension: told by its bytes
    download.write_bytes(zipped.read_bytes())
    for path in (gz, zipped, download, str(zipped)):
        assert totals(c.read_registrations(path)) == plain


def test_a_member_of_several_is_named_after_a_colon(month, tmp_path):
    zipped = tmp_path / "several.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("readme.txt", "hello")
        z.write(month, "data/month.csv")
    with pytest.raises(c.InputError) as e:
        c.read_registrations(zipped)
    assert "holds 2 file members (readme.txt, data/month.csv)" in str(e.value)
    assert c.read_registrations(f"{zipped}:data/month.csv").practices == 40


def test_damaged_archives_raise_input_error_naming_the_file(month, tmp_path):
    cut = tmp_path / "cut.csv.gz"
    cut.write_bytes(gzip.compress(month.read_bytes())[:1000])
    with pytest.raises(c.InputError) as e:
        c.read_registrations(cut)
    assert str(cut) in str(e.value) and "truncated gzip data" in str(e.value)
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    with pytest.raises(c.InputError) as e:
        c.read_registrations(empty)
    assert "empty zip archive" in str(e.value)


def test_the_real_january_2021_file_zipped_gives_the_plain_totals(shared_file, tmp_path):
    real = shared_file("data/real/gp-reg-pat-prac-all-2021-01.csv")
    zipped = tmp_path / "gp-reg-pat-prac-all-2021-01.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(real, "gp-reg-pat-prac-all-2021-01.csv")
    assert totals(c.read_registrations(zipped)) == totals(c.read_registrations(real))
