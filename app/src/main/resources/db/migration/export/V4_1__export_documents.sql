-- export: its documents in a table of its own (they shared clearance's parcel_document until export became a
-- module of its own); the rows already stored move over once, keeping every field
create table export_document (
    doc_type     varchar(10)  not null,
    key_a        varchar(60)  not null,
    key_b        varchar(60)  not null,
    record_guid  varchar(36)  not null,
    sender_code  varchar(18)  not null,
    body         varchar      not null,
    received_at  timestamp with time zone not null,
    primary key (doc_type, key_a, key_b)
);

insert into export_document (doc_type, key_a, key_b, record_guid, sender_code, body, received_at)
select doc_type, key_a, key_b, record_guid, sender_code, body, received_at from parcel_document
where doc_type in ('E_ORDER', 'E_RECEIPT', 'E_WAYBILL', 'E_INVT');

delete from parcel_document where doc_type in ('E_ORDER', 'E_RECEIPT', 'E_WAYBILL', 'E_INVT');
