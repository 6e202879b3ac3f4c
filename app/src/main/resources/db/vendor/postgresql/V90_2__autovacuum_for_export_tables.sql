-- PostgreSQL only, as V90_1: the export side's tables that every export parcel updates through its life (the
-- inventory's status, numbers and release; the waybill's departure), left out of V90_1. Measured: 21,330 dead rows
-- of export_inventory beside 15,000 live after 15,000 export parcels under PostgreSQL's default of a fifth.
alter table export_inventory set (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_analyze_scale_factor = 0.02);
alter table export_waybill set (fillfactor = 85, autovacuum_vacuum_scale_factor = 0.01);
