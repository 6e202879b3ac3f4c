-- PostgreSQL only (db/vendor/{vendor}; V90_: after every module's tables exist): the tables every parcel updates or deletes from are vacuumed by a count of
-- dead rows, not by PostgreSQL's default of a fifth of the table, which on a table of millions of rows lets dead
-- rows pile up for hours at the national peak (1,400 parcels a second). Rows updated in place leave room on their
-- page (fillfactor) so that an update stays on the page (a HOT update: no new index entries, pruned without a
-- vacuum).

-- one row each, updated by every transaction that hands out cursors, or by every group of commits flushed
alter table group_commit set (fillfactor = 10, autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 1000, autovacuum_vacuum_cost_delay = 0);
alter table receipt_sequence set (fillfactor = 10, autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 1000, autovacuum_vacuum_cost_delay = 0);
alter table dataset_sequence set (fillfactor = 10, autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 1000, autovacuum_vacuum_cost_delay = 0);

-- rows inserted and deleted within seconds: an event until its listener completed, half of a record until the other
alter table event_publication set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
    autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 10000,
    autovacuum_vacuum_cost_delay = 0);
alter table exchange_pending set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
    autovacuum_vacuum_cost_delay = 0);

-- updated through a parcel's life (status, numbers, release) or counted per parcel
alter table inventory_state set (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.02);
alter table tax_bill set (fillfactor = 85, autovacuum_vacuum_scale_factor = 0.01);
alter table buyer_quota set (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02);
alter table guarantee set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
alter table credit_count set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
alter table stat_parcels set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
alter table stat_goods set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
alter table stat_release set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
alter table stat_country set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
alter table fx_month set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000);
alter table webhook_delivery set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 1000);
alter table exchange_webhook_delivery set (fillfactor = 50, autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 1000);
