"""Score and band the seed's risks and draw the 5×5 heat map as text (twin of
examples/risk_heatmap.cpp)."""
from commissioning import fixtures

register = fixtures.staffordshire_gpfv_risks()
heat = register.heat_map()
print("impact ↓ / probability →   1  2  3  4  5")
for impact in range(5, 0, -1):
    row = heat["cells"][impact - 1]
    print(f"{impact:>24}  " + " ".join(f"{n:>2}" for n in row))
print("scored only as a product:", dict(sorted(heat["score_only"].items())))
print("open with no score:", heat["unscored"])
raise SystemExit(0 if heat["score_only"] else 1)
