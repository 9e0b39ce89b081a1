"""The organisation hierarchy, ODS and Fingertips files and the series built on them, from
Python, checked against pandas computations on the same real files."""
import datetime
import os
import pathlib
import pickle
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

import commissioning as c
from commissioning import fixtures
from conftest import generate_registrations

JAN_2021 = datetime.date(2021, 1, 1)


def epraccur_frame(path):
    """The real epraccur file as pandas reads it: 27 text columns, no header."""
    return pd.read_csv(path, header=None, dtype=str, keep_default_na=False)


def ods_date(text):
    return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:])) if text else None


@pytest.fixture
def real(shared_file):
    return {
        "epraccur": shared_file("data/real/epraccur-2020-01.csv"),
        "registrations": shared_file("data/real/gp-reg-pat-prac-all-2021-01.csv"),
        "fingertips": shared_file("data/real/fingertips-practice-indicators.csv"),
    }


def test_epraccur_practices_and_their_ccgs_match_pandas_on_the_real_file(real):
    raw = epraccur_frame(real["epraccur"])
    register = c.read_epraccur(real["epraccur"])
    assert len(register) == len(raw)
    assert register.codes == list(raw[0])
    assert register.postcodes == list(raw[9])
    df = register.to_pandas()
    assert list(df["code"]) == list(raw[0])
    assert (df["status"].astype(str).str[0].str.upper() == raw[12]).all()
    assert (df["setting_code"] == raw[25].astype(int)).all()
    assert list(df["national_grouping"].astype(str)) == list(raw[2])
    # Practices per CCG: epraccur's commissioner column counted by pandas, against ours.
    ours = df[df["commissioner"] != ""].groupby("commissioner", observed=True).size().to_dict()
    theirs = raw[raw[14] != ""].groupby(14).size().to_dict()
    assert ours == theirs
    assert register.hierarchy.to_pandas().groupby("parent").size().to_dict() == theirs
    closed = df[df["code"] == "A81003"].iloc[0]
    assert closed["status"] == "closed" and closed["closed"] == pd.Timestamp("2017-10-31")
    assert register.practice("A81001")["postcode"] == "TS18 1HU"
    with pytest.raises(KeyError):
        register.practice("Y99999")


def test_hierarchy_lookups_agree_with_a_pandas_filter_of_the_real_file(real):
    raw = epraccur_frame(real["epraccur"])
    h = c.read_hierarchy(pathlib.Path(real["epraccur"]))
    assert len(h) == (raw[14] != "").sum()
    day = datetime.date(2016, 6, 30)
    assert h.ancestor("A81001", "ccg", day) == "00K"
    assert h.parent("A81001", "sub-icb", day) == "00K"
    assert h.ancestor("A81001", "icb", day) is None  # epraccur holds practice → CCG only
    active = [code for code, parent, joined, left in zip(raw[0], raw[14], raw[15], raw[16])
              if parent == "00K" and ods_date(joined) <= day and (not left or day <= ods_date(left))]
    assert h.children("00K", day) == sorted(active)
    assert h.ancestors(["A81001", "A81003", "Y99999"], "ccg", datetime.date(2019, 1, 1)) == ["00K", None, None]
    assert h.ancestors(["A81003"], "ccg", datetime.date(2019, 1, 1), as_is=True) == ["00K"]  # closed in 2017


def test_summarise_by_ccg_through_the_hierarchy_matches_pandas_on_the_real_files(real):
    table = c.read_registrations(real["registrations"])
    h = c.read_hierarchy([real["epraccur"]])
    ours = table.summarise_by(h, "ccg", as_of=datetime.date(2020, 1, 1))
    regs = pd.read_csv(real["registrations"], dtype={"CODE": str})
    raw = epraccur_frame(real["epraccur"])
    day = datetime.date(2020, 1, 1)
    ccg = {code: parent for code, parent, joined, left in zip(raw[0], raw[14], raw[15], raw[16])
           if parent and ods_date(joined) <= day and (not left or day <= ods_date(left))}
    regs["group"] = regs["CODE"].map(ccg).fillna("unmapped")
    theirs = regs.groupby("group").agg(practices=("CODE", "size"), patients=("NUMBER_OF_PATIENTS", "sum"))
    assert list(ours["code"]) == sorted(theirs.index)
    assert ours.set_index("code")[["practices", "patients"]].to_dict() == theirs.astype("int64").to_dict()
    assert ours["patients"].sum() == table.total()


def test_ons_codes_and_postcodes_of_the_registrations_file_match_pandas(real):
    table = c.read_registrations(real["registrations"])
    regs = pd.read_csv(real["registrations"], dtype=str)
    assert table.codes == list(regs["CODE"])
    assert table.ons_commissioners == list(regs["ONS_CCG_CODE"])
    assert table.postcodes == list(regs["POSTCODE"])


def test_fingertips_join_matches_a_pandas_merge_on_the_real_files(real):
    indicators = c.read_fingertips(os.fsencode(real["fingertips"]))
    raw = pd.read_csv(real["fingertips"], dtype={"Area Code": str})
    gp = raw[raw["Area Type"] == "GP"]
    assert len(indicators) == len(gp)
    assert indicators.other_area_rows == len(raw) - len(gp)
    frame = indicators.to_pandas()
    assert list(frame["practice"]) == sorted(gp["Area Code"])
    assert indicators.value("A81001") == pytest.approx(32.3609392614188)

    table = c.read_registrations(real["registrations"])
    joined = c.join_indicator(table, indicators)
    regs = pd.read_csv(real["registrations"], dtype={"CODE": str})
    merged = regs.merge(gp, left_on="CODE", right_on="Area Code", how="outer", indicator=True)
    sides = joined["side"].value_counts().to_dict()
    assert sides["both"] == (merged["_merge"] == "both").sum()
    assert sides["table_only"] == (merged["_merge"] == "left_only").sum()
    assert sides["indicator_only"] == (merged["_merge"] == "right_only").sum()
    both = merged[merged["_merge"] == "both"]
    mean = (both["Value"] * both["NUMBER_OF_PATIENTS"]).sum() / both["NUMBER_OF_PATIENTS"].sum()
    assert joined.attrs["patient_weighted_mean"] == pytest.approx(mean)
    matched = joined[joined["side"] == "both"]
    assert list(matched["practice"]) == [p for p in regs["CODE"] if p in set(gp["Area Code"])]  # table order
    assert joined[joined["side"] == "indicator_only"]["patients"].isna().all()
    table_only = joined[joined["side"] == "table_only"].set_index("practice")["patients"]
    assert table_only.to_dict() == regs.set_index("CODE").loc[table_only.index, "NUMBER_OF_PATIENTS"].to_dict()


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    path = tmp_path_factory.mktemp("hier") / "month.csv"
    return c.read_registrations(generate_registrations(path, 150, fmt="all"))


def hierarchy_of(table, since=datetime.date(2013, 4, 1)):
    h = c.OrganisationHierarchy()
    for practice, ccg in zip(table.codes, table.commissioners):
        h.add(practice, ccg, "ccg", since)
    return h


def test_as_was_and_as_is_series_around_a_merger(month):
    h = hierarchy_of(month)
    ccgs = sorted(set(month.commissioners))
    a, b = ccgs[0], ccgs[1]
    h.merge([a, b], a, "ccg", datetime.date(2020, 4, 1))
    assert h.successor_of(b, datetime.date(2020, 5, 1)) == a
    assert h.successions_to_pandas()["successor"].tolist() == [a]
    months = {datetime.date(2020, 3, 1): month, datetime.date(2020, 4, 1): month}
    was = c.aggregate_series(months, h, "ccg")
    is_ = c.aggregate_series(list(months.items()), h, "ccg", view="as-is")
    march_was = was[was["month"] == "2020-03-01"].set_index("group")["patients"]
    march_is = is_[is_["month"] == "2020-03-01"].set_index("group")["patients"]
    assert b in march_was.index and b not in march_is.index
    assert march_is[a] == march_was[a] + march_was[b]
    assert was["patients"].groupby(was["month"]).sum().tolist() == [month.total()] * 2
    # April is the same either way: the merger has happened.
    april = lambda f: f[f["month"] == "2020-04-01"].reset_index(drop=True)
    pd.testing.assert_frame_equal(april(was), april(is_), check_categorical=False)
    with pytest.raises(c.ParseError):
        c.aggregate_series(months, h, "ccg", view="as-it-was")


def test_hierarchy_documents_round_trip_and_refuse_bad_memberships(month, tmp_path):
    h = hierarchy_of(month)
    assert c.OrganisationHierarchy.from_dict(h.to_dict()) == h
    assert pickle.loads(pickle.dumps(h)) == h
    h.save(tmp_path / "h.json")
    assert c.read_hierarchy(str(tmp_path / "h.json")) == h
    frame = h.to_pandas()
    assert list(frame.columns) == ["child", "parent", "level", "joined", "left"]
    assert frame["left"].isna().all() and (frame["level"] == "sub-icb").all()
    with pytest.raises(ValueError):
        h.add(month.codes[0], "00K", "ccg", datetime.date(2015, 1, 1))  # overlaps its first CCG
    with pytest.raises(c.ParseError):
        h.parent(month.codes[0], "county", datetime.date(2015, 1, 1))
    assert c.level_name("ccg", datetime.date(2022, 6, 30)) == "CCG"
    assert c.level_name("ccg", datetime.date(2022, 7, 1)) == "sub-ICB location"


def test_membership_files_strict_and_lenient(tmp_path):
    good = "A81001,00K,CCG,20130401,20200331\nA81001,16C,CCG,20200401,\nU12345,00K,SUB_ICB,20190701,20200331\n"
    path = tmp_path / "members.csv"
    path.write_text(good + "A81002,00K,CCG,2013-04-01,not a date\n")
    with pytest.raises(c.InputError) as e:
        c.read_memberships(path)
    assert e.value.line == 4
    h, diagnostics = c.read_memberships(path, lenient=True)
    assert len(h) == 3 and [d.path for d in diagnostics] == [f"{path}:4"]
    assert h.ancestor("A81001", "ccg", datetime.date(2021, 1, 1)) == "16C"
    h2 = c.OrganisationHierarchy()
    found = h2.read(path, lenient=True)
    assert len(found) >= 1 and len(h2) == len(h)
    with pytest.raises(c.InputError):
        h2.read(path)
    assert h2 == h  # a refused file leaves the hierarchy as it was


def test_a_bad_epraccur_row_names_its_line(real, tmp_path):
    lines = pathlib.Path(real["epraccur"]).read_text().splitlines(keepends=True)[:5]
    lines[2] = lines[2].replace('"19740401"', '"19741301"', 1)
    path = tmp_path / "epraccur.csv"
    path.write_text("".join(lines))
    with pytest.raises(c.InputError) as e:
        c.read_epraccur(path)
    assert e.value.line == 3 and e.value.source == str(path)
    register = c.read_epraccur(path, lenient=True)
    assert len(register) == 4 and any(":3" in d.path for d in register.diagnostics)


def test_reading_a_hierarchy_releases_the_gil_so_a_thread_can_feed_a_fifo(tmp_path):
    script = textwrap.dedent(f"""
        import datetime, os, threading, commissioning as c
        fifo = {str(tmp_path / "members.fifo")!r}
        os.mkfifo(fifo)
        def feed():
            with open(fifo, "w") as f:
                f.write("A81001,00K,CCG,20130401,\\n")
        t = threading.Thread(target=feed)
        t.start()
        h = c.read_hierarchy(fifo)
        t.join()
        print(h.ancestor("A81001", "ccg", datetime.date(2020, 1, 1)))
    """)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "00K"


def test_the_seed_sites_and_their_three_stated_totals_that_do_not_add_up():
    sites = fixtures.social_prescribing_sites()
    frame = sites.to_pandas()
    assert len(frame) == 20 and frame["site"].nunique() == 8
    assert frame["population"].sum() == 140_411
    found = sites.validate()
    assert len(found) == 3 and {d.rule_id for d in found} <= {"population.site.total-matches",
                                                               "population.site.phase-total-matches"}
    assert c.SiteCoverage.from_dict(sites.to_dict()) == sites


def test_the_risk_heat_map_as_svg_and_text():
    register = fixtures.staffordshire_gpfv_risks()
    svg = register.heat_map_svg()
    assert isinstance(svg, str) and "<svg" in svg and svg.rstrip().endswith("</svg>")
    assert isinstance(register.heat_map_text(), str)
