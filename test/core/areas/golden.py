#!/usr/bin/env python3
"""Independent golden values for test/core/areas/bundled.test.ts, from the CSV files of data/ with the csv
module only (no chitieu code). Run: python3 test/core/areas/golden.py
Police months: month m of year Y belongs to the tree valid on its last day (the 14th); the new units own
months 7-12 of 2025, the districts months 1-6."""
import csv, os

DATA = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'data')
def rows(name):
    with open(os.path.join(DATA, name + '.csv'), encoding='utf-8') as f:
        return list(csv.DictReader(f))

cw = rows('area_crosswalk')
w = {(r['from_code'], r['to_code']): float(r['weight']) for r in cw}
cases = rows('criminal_cases')
reports = rows('crime_reports')
safe = [r for r in rows('safe_units') if r['unit_type'] == 'commune']
pop = rows('population')

def csum(col, year, codes, months=range(1, 13)):
    return sum(int(r[col]) for r in cases if int(r['year']) == year and r['area_code'] in codes and int(r['month']) in months)

H1, H2 = range(1, 7), range(7, 13)
out = {}
# province 2025: district rows Jan-Jun + commune rows Jul-Dec
out['province_2025_occurred_H1_districts'] = sum(int(r['occurred']) for r in cases if r['year'] == '2025' and len(r['area_code']) == 3 and int(r['month']) in H1)
out['province_2025_occurred_H2_communes'] = sum(int(r['occurred']) for r in cases if r['year'] == '2025' and len(r['area_code']) == 5 and int(r['month']) in H2)
out['province_2025_occurred'] = sum(int(r['occurred']) for r in cases if r['year'] == '2025')
out['province_2025_cleared'] = sum(int(r['cleared']) for r in cases if r['year'] == '2025')
# 436 Ha Tinh City: direct 2024; 2025 = 436 Jan-Jun + its 3 successors Jul-Dec; 2026 gathered
succ436 = [t for (f, t) in w if f == '436']
out['succ436'] = succ436
for col in ('occurred', 'cleared'):
    out[f'436_2024_{col}'] = csum(col, 2024, {'436'})
    out[f'436_2025_{col}'] = csum(col, 2025, {'436'}, H1) + csum(col, 2025, set(succ436), H2)
    out[f'436_2026_{col}'] = csum(col, 2026, set(succ436))
out['436_2021_occurred'] = csum('occurred', 2021, {'436'})
# 18073: spread estimate before the reform
w18073 = w[('436', '18073')]
out['w_436_18073'] = w18073
out['18073_2021_occurred'] = w18073 * csum('occurred', 2021, {'436'})
out['18073_2021_cleared'] = w18073 * csum('cleared', 2021, {'436'})
# the same ten months of 2021 as the 2026 data hold (a change compares cùng kỳ)
out['18073_2021_occurred_m1_10'] = w18073 * csum('occurred', 2021, {'436'}, range(1, 11))
out['18073_2025_occurred'] = w18073 * csum('occurred', 2025, {'436'}, H1) + csum('occurred', 2025, {'18073'}, H2)
out['18073_2026_occurred'] = csum('occurred', 2026, {'18073'})
# 18409 Hong Loc: 445 and 448 (448 -> 445 with weight 1) spread by w(445 -> 18409)
w18409 = w[('445', '18409')] * 1.0
out['18409_2024_occurred'] = w18409 * (csum('occurred', 2024, {'445'}) + csum('occurred', 2024, {'448'}))
# all 69 units spread in 2021 sum to the province
out['province_2021_occurred'] = sum(int(r['occurred']) for r in cases if r['year'] == '2021')
# crime reports, 18073 in 2025: stock = w * 436's January carried_over; flows spread Jan-Jun + own Jul-Dec
def rsum(col, year, code, months):
    return sum(int(r[col]) for r in reports if int(r['year']) == year and r['area_code'] == code and int(r['month']) in months)
num = w18073 * rsum('resolved', 2025, '436', H1) + rsum('resolved', 2025, '18073', H2)
den = (w18073 * rsum('carried_over', 2025, '436', [1])
       + w18073 * (rsum('accepted', 2025, '436', H1) - rsum('transferred', 2025, '436', H1))
       + rsum('accepted', 2025, '18073', H2) - rsum('transferred', 2025, '18073', H2))
out['18073_2025_resolved'] = num
out['18073_2025_to_resolve'] = den
# safe communes on each basis
def safe_sum(year, col):
    return sum(int(r[col]) for r in safe if int(r['year']) == year)
for y in (2024, 2025):
    out[f'safe_{y}'] = (safe_sum(y, 'certified'), safe_sum(y, 'in_scope'))
popmap = {(int(r['year']), r['area_code']): int(r['population']) for r in pop}
for y in (2024, 2025):
    rs = [r for r in safe if int(r['year']) == y and int(r['in_scope']) > 0]
    tot = sum(popmap[(y, r['area_code'])] for r in rs)
    out[f'safe_{y}_population_weighted'] = sum(popmap[(y, r['area_code'])] * int(r['certified']) / int(r['in_scope']) for r in rs) / tot
for k, v in out.items():
    print(k, repr(v))
