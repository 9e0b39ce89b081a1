"""Reconcile the four month-2 budget appendices of the 3 July 2018 pack (twin of
examples/budget_reconciliation.cpp): every derived figure recomputed and compared with the
printed one, within the rounding the £'000s unit implies."""
from commissioning import fixtures

for report in fixtures.seed000_month2_appendices():
    r = report.reconcile()
    title = report.to_dict()["title"]
    drift = r["largest_drift"]
    print(f"{title}: {len(r['checks'])} checks, {r['exact']} exact, "
          f"{r['outside_tolerance']} outside tolerance; largest drift £{drift['drift']:,} at {drift['where']}")
    for d in r["diagnostics"]:
        print("   ", d)
