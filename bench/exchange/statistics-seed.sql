-- The statistics' counters as 1,000,000 released inventories leave them on PostgreSQL: 30 days of November 2026,
-- 1,000 enterprises, import (1210, 9610) and export (9610, 9710, 9810), 97 HS chapters, release times spread over
-- the buckets. Each (stat_day, direction, mode, enterprise) row counts 6 or 7 parcels: 150,000 rows, 1,000,000 parcels.
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

analyze;
select sum(parcels) as parcels, count(*) as rows from stat_parcels;
