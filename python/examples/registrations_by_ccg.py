"""Summarise a month of registrations by CCG with weighting and a per-head allocation (twin of
examples/registrations_by_ccg.cpp). Generates a small synthetic month with the CLI first."""
import pathlib
import subprocess
import sys
import tempfile

import commissioning as c

cli = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "build/dev/tools/commissioning")
if not cli.exists():  # run from elsewhere: find the build tree beside the package
    cli = pathlib.Path(c.__file__).resolve().parents[2] / "tools" / "commissioning"

with tempfile.TemporaryDirectory() as tmp:
    month = pathlib.Path(tmp) / "registrations.csv"
    subprocess.run([str(cli), "population", "generate", "--seed", "1", "--practices", "200",
                    "--format", "single-age", "-o", str(month)], check=True)
    weights_text = subprocess.run([str(cli), "population", "weights"], check=True, capture_output=True, text=True).stdout
    table = c.read_registrations(str(month))

weights = c.AgeSexWeights.from_text(weights_text)
print(f"{table.practices} practices, {table.total():,} patients ({table.ages} ages, extract {table.extract_date})")
print(f"weights: {weights.source}")

df = table.to_pandas()  # tidy: practice, ccg, ons_ccg, postcode, sex, age, age_from, patients
print(df.groupby(["ccg", "sex"]).patients.sum().unstack().head())

for row in table.summarise("ccg", weights=weights, normalise=True)[:5]:
    raw = c.per_head_allocation("£3.34 a head", row["patients"], "raw")
    weighted = c.per_head_allocation("£3.34 a head", round(row["weighted"]), "weighted")
    print(f"{row['code']}: {row['patients']:>8,} registered, {row['weighted']:>10,.0f} weighted; "
          f"£3.34 a head gives £{raw:,} raw, £{weighted:,} weighted")
