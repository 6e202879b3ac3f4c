-- clearance: what the console finds parcels by, and why a parcel was refused

-- the comparison's first rule broken ('documents-missing' when incomplete), customs' refusal code (-621005,
-- -621018, 100) or 'officer-rejected'; null unless the inventory is REJECTED
alter table inventory_state add column reason varchar(60);

-- when the inventory was first declared: release time (the dashboard's p50 and p90) is released_at - declared_at
alter table inventory_state add column declared_at timestamp with time zone;

-- the search box takes a copNo, an orderNo or a logisticsNo without the code of whoever issued it; an index by the
-- number alone also finds a document's inventories by (ebpCode, orderNo) and (logisticsCode, logisticsNo), as the
-- two it replaces did (numbers are near unique), so that a parcel's row keeps as many indexes to update
create index inventory_by_cop_no on inventory_state (cop_no);
create index inventory_by_order_no on inventory_state (order_no);
create index inventory_by_logistics_no on inventory_state (logistics_no);
drop index inventory_by_order;
drop index inventory_by_waybill;
-- an enterprise's refused parcels: by reason, which changes once in a refused parcel's life (an index on its
-- status would change at every step, and on PostgreSQL take away the in-place updates of the row)
create index inventory_by_reason on inventory_state (reason);
-- a parcel page shows the receipts about it
create index receipt_by_cop_no on receipt (enterprise, cop_no);
-- a parcel's history, read on its page
create index inventory_history_by_inventory on inventory_history (agent_code, cop_no, id);
-- messages per minute on the operator's health page
create index raw_message_by_time on raw_message (received_at);

-- inventories declared before: their first history line (found by the index above)
update inventory_state s set declared_at = coalesce((select min(h.at) from inventory_history h
    where h.agent_code = s.agent_code and h.cop_no = s.cop_no), s.updated_at);
-- inventories refused before reasons were kept: listed as such (their receipts say why)
update inventory_state set reason = 'unrecorded' where status = 'REJECTED';
