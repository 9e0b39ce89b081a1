"""The Python code in docs/python.md runs as written. The files it names are prepared in a
scratch directory first (a generated month, the illustrative weights, a damaged copy)."""
import os
import pathlib
import re
import subprocess

from conftest import BUILD_DIR

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = BUILD_DIR / "tools" / "commissioning"


def python_blocks(path):
    return re.findall(r"```python\n(.*?)```", path.read_text(), flags=re.S)


def write_ods_and_fingertips(month, directory):
    """members.csv, epraccur.csv and fingertips.csv for the practices of a generated month."""
    practices = {}
    for row in month.read_text().splitlines()[1:]:
        fields = row.split(",")
        practices[fields[5]] = (fields[3], fields[6])
    (directory / "members.csv").write_text(
        "".join(f"{code},{ccg},CCG,20130401,\n" for code, (ccg, _) in practices.items()))
    epraccur = []
    for code, (ccg, postcode) in practices.items():
        fields = [code, f"PRACTICE {code}", "Y63", "Q74", "", "", "", "", "", postcode, "20130401", "", "A", "B", ccg,
                  "20130401", "", "", "", "", "", "0", "", ccg, "", "4", ""]
        epraccur.append(",".join(f'"{f}"' for f in fields))
    (directory / "epraccur.csv").write_text("\n".join(epraccur) + "\n")
    header = "Indicator ID,Indicator Name,Area Code,Area Name,Area Type,Time period,Value"
    rows = [f"93553,Deprivation score (IMD 2019),{code},Practice {code},GP,2019,{10 + i % 7}"
            for i, code in enumerate(sorted(practices)[:-3])]
    (directory / "fingertips.csv").write_text("\n".join([header] + rows) + "\n")


def test_docs_python_md_runs(tmp_path, monkeypatch):
    month = tmp_path / "gp-reg-pat-prac-sing-age.csv"
    subprocess.run([str(CLI), "population", "generate", "--seed", "3", "--practices", "40", "--format", "single-age",
                    "-o", str(month)], check=True)
    (tmp_path / "weights.csv").write_text(
        subprocess.run([str(CLI), "population", "weights"], check=True, capture_output=True, text=True).stdout)
    lines = month.read_text().splitlines(keepends=True)
    lines[3] = lines[3].rsplit(",", 1)[0] + ",many\n"
    (tmp_path / "damaged.csv").write_text("".join(lines))
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    write_ods_and_fingertips(month, tmp_path)
    monkeypatch.chdir(tmp_path)
    blocks = python_blocks(ROOT / "docs" / "python.md")
    assert len(blocks) >= 3
    namespace = {}
    for block in blocks:
        exec(compile(block, "docs/python.md", "exec"), namespace)
    assert namespace["r"]["outside_tolerance"] == 0
    assert len(namespace["diagnostics"]) >= 1
    assert namespace["by_ccg"]["patients"].sum() == namespace["table"].total()
    assert len(namespace["practices"]) == 40
    assert (namespace["joined"]["side"] == "table_only").sum() >= 3
    assert len(namespace["series"]) >= 2


def test_readme_python_tour_runs(tmp_path, monkeypatch):
    # The tour reads england.csv written by the command-line tour; a smaller month will do.
    subprocess.run([str(CLI), "population", "generate", "--seed", "1", "--practices", "300", "--format", "single-age",
                    "-o", str(tmp_path / "england.csv")], check=True)
    monkeypatch.chdir(tmp_path)
    [block] = python_blocks(ROOT / "README.md")
    namespace = {}
    exec(compile(block, "README.md", "exec"), namespace)
    assert namespace["errors"]
    assert namespace["table"].practices == 300
