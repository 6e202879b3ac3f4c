-- The statistics' counters as 1,000,000 released inventories leave them on PostgreSQL: 30 days of November 2026,
-- 1,000 enterprises, import (1210, 9610) and export (9610, 9710, 9810), 97 HS chapters, release times spread over
-- the buckets. Each (stat_day, direction, mode, enterprise) row counts 6 or 7 parcels: 150,000 rows, 1,000,000 parcels.
-- Also by country (60), FX's figures of the month and the enterprises' credit.
\set ON_ERROR_STOP on
insert into stat_parcels (stat_day, direction, trade_mode, enterprise, parcels, goods_value, tax)
select date '2026-11-01' + d, m.direction, m.mode, 'E' || lpad(e::text, 9, '0'),
       case when (d * 1000 + e) % 3 = 0 then 6 else 7 end, 0, 0
from generate_series(0, 29) d, generate_series(1, 1000) e,
     (values ('I', '1210'), ('I', '9610'), ('E', '9610'), ('E', '9710'), ('E', '9810')) m(direction, mode);
update stat_parcels set goods_value = parcels * (80 + (substr(enterprise, 2)::int * 7) % 300),
                        tax = case when direction = 'I' then parcels * 9.1 else 0 end;

insert into stat_goods (stat_day, direction, hs_chapter, goods_lines, goods_value)
select date '2026-11-01' + d, dir, lpad(c::text, 2, '0'), 500 + c * 7, (500 + c * 7) * 95
from generate_series(0, 29) d, generate_series(1, 97) c, (values ('I'), ('E')) x(dir);

insert into stat_release (stat_day, direction, within_seconds, parcels)
select date '2026-11-01' + d, dir, b, (40000 / (1 + abs(b - 30) / 60)) / 10
from generate_series(0, 29) d, (values ('I'), ('E')) x(dir),
     unnest(array[1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800,
                  86400, 2147483647]) b;

insert into stat_country (stat_day, direction, country, goods_lines, goods_value)
select date '2026-11-01' + d, dir, lpad((100 + c * 3)::text, 3, '0'), 300 + c * 11, (300 + c * 11) * 120
from generate_series(0, 29) d, generate_series(1, 60) c, (values ('I'), ('E')) x(dir);

-- FX's month of the same 1,000 enterprises: both directions, three payment companies each, one enterprise in 20
-- receiving 12 % less than it declared (the rest within 1 %)
insert into fx_month (fx_month, enterprise, direction, pay_code, parcels, declared_value, paid_value)
select '2026-11', 'E' || lpad(e::text, 9, '0'), dir, 'PAY000000' || p, 70, 70 * 180.00,
       70 * 180.00 * case when e % 20 = 0 then 0.88 else 0.995 end
from generate_series(1, 1000) e, (values ('I'), ('E')) x(dir), generate_series(1, 3) p;

-- credit as the events left it: each enterprise's 12 months of facts and its score
insert into credit_count (enterprise, credit_month, released, mismatched, refused, returned)
select 'E' || lpad(e::text, 9, '0'), to_char(date '2025-12-01' + make_interval(months => m), 'YYYY-MM'),
       4000, e % 50, e % 7, e % 90
from generate_series(1, 1000) e, generate_series(0, 11) m;
insert into credit_score (enterprise, score, grade, factors, computed_at)
select 'E' || lpad(e::text, 9, '0'), 60 + e % 41, case when 60 + e % 41 >= 90 then 'A' when 60 + e % 41 >= 75
       then 'B' else 'C' end, '[]', now()
from generate_series(1, 1000) e;

analyze;
select sum(parcels) as parcels, count(*) as rows from stat_parcels;
