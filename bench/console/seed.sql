-- Grows the parcels of one simulated declarant (:agent) to :copies + 1 times as many on PostgreSQL: each copy has
-- its own copNo, orderNo and logisticsNo (the original's with "-<n>"), its four documents, its history and its
-- receipts, and is moved n minutes into the past, so that the console's lists and the dashboard see real volumes.
\set ON_ERROR_STOP on
create temp table original as
    select agent_code, cop_no, ebp_code, order_no, logistics_code, logistics_no from inventory_state
    where agent_code = :'agent';

insert into parcel_document (doc_type, key_a, key_b, record_guid, sender_code, body, received_at)
select d.doc_type, d.key_a, d.key_b || '-' || g, d.record_guid, d.sender_code,
       replace(replace(replace(d.body, '"' || o.cop_no || '"', '"' || o.cop_no || '-' || g || '"'),
               '"' || o.order_no || '"', '"' || o.order_no || '-' || g || '"'),
               '"' || o.logistics_no || '"', '"' || o.logistics_no || '-' || g || '"'),
       d.received_at - g * interval '1 minute'
from original o
join parcel_document d on (d.doc_type in ('ORDER', 'PAYMENT') and d.key_a = o.ebp_code and d.key_b = o.order_no)
    or (d.doc_type = 'WAYBILL' and d.key_a = o.logistics_code and d.key_b = o.logistics_no)
    or (d.doc_type = 'INVENTORY' and d.key_a = o.agent_code and d.key_b = o.cop_no)
cross join generate_series(1, :copies) g;

insert into inventory_state (agent_code, cop_no, ebp_code, order_no, logistics_code, logistics_no, record_guid,
                             pre_no, status, deadline, updated_at, invt_no, released_at, reason, declared_at)
select s.agent_code, s.cop_no || '-' || g, s.ebp_code, s.order_no || '-' || g, s.logistics_code,
       s.logistics_no || '-' || g, s.record_guid, s.pre_no, s.status, s.deadline,
       s.updated_at - g * interval '1 minute', null, s.released_at - g * interval '1 minute', s.reason,
       s.declared_at - g * interval '1 minute'
from inventory_state s cross join generate_series(1, :copies) g where s.agent_code = :'agent';

insert into inventory_history (agent_code, cop_no, status, info, at)
select h.agent_code, h.cop_no || '-' || g, h.status, h.info, h.at - g * interval '1 minute'
from inventory_history h cross join generate_series(1, :copies) g where h.agent_code = :'agent';

insert into receipt (cursor_no, enterprise, message_type, guid, order_no, logistics_no, cop_no, invt_no,
                     return_status, return_info, return_time, xml)
select r.cursor_no + g::bigint * 10000000, r.enterprise, r.message_type, r.guid, r.order_no || '-' || g,
       r.logistics_no || '-' || g, r.cop_no || '-' || g, null, r.return_status, r.return_info, r.return_time, r.xml
from receipt r cross join generate_series(1, :copies) g where r.enterprise = :'agent' and r.cop_no is not null;

analyze;
select count(*) as inventories from inventory_state;
