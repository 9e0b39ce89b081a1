"""Read money, dates and periods as NHS committee papers write them (twin of
examples/read_seed_spellings.cpp). Run: PYTHONPATH=build/dev/python /usr/bin/python3 python/examples/read_seed_spellings.py"""
import commissioning as c

reserves = c.parse_reported_amount("£1,427k")
print(f"reserves: £{reserves.value:,} (±£{reserves.resolution:,})")

month = c.FinancialMonth.parse("2018/19 Month 2")
print(f"{month} covers {month.first_day} to {month.last_day}")

findings = c.parse_written_date("Monday 3rd July 2018").check("/meetings/0/date")
findings += c.parse_time_range("10.00pm – 11.45am")[2]
for d in findings:
    print(d)

try:
    c.parse_money("30p")
except c.ParseError as e:
    print(e)

raise SystemExit(0 if len(findings) == 2 else 1)
