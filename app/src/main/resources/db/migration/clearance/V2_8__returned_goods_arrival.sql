-- clearance: a return (CEB625) is complete when its goods are back at the supervised site (CEB711 naming the
-- parcel's waybill again); customs then decides whether the tax is still levied (goods back within 45 days)
alter table inventory_refund add column logistics_code varchar(18);
alter table inventory_refund add column logistics_no varchar(60);
alter table inventory_refund add column arrived_at timestamp with time zone;
create index inventory_refund_by_waybill on inventory_refund (logistics_code, logistics_no);
