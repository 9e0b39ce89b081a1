"""Check quoracy for the 5 June 2018 meeting in common, per committee and per item (twin of
examples/meeting_quoracy.cpp)."""
import commissioning as c
from commissioning import fixtures

pack = fixtures.pccc_pack_2018()
for q in pack.quoracy(meeting=0):
    state = "quorate" if q["quorate"] else "INQUORATE: " + "; ".join(q["shortfalls"])
    print(f"{q['committee']}: {state}")
    for item, result in q["items"].items():
        if result["excluded"]:
            print(f"  item {item}: {', '.join(result['excluded'])} excluded after declarations")

flagged = [d for d in pack.validate() if d.rule_id == "governance.resolution.ratification-flagged"]
print(f"{len(flagged)} resolutions need ratification")
raise SystemExit(0 if flagged else 1)
