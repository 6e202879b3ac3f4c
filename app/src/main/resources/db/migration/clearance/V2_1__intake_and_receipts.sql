-- clearance: every message as received, the records it carried, and the receipts sent back

-- stored verbatim before the sender gets an answer: nothing sent is ever lost
create table raw_message (
    id            varchar(36)  not null primary key,
    sender_code   varchar(18),
    received_at   timestamp with time zone not null,
    size_bytes    integer      not null,
    body          bytea        not null,
    message_type  varchar(20),
    message_guid  varchar(36),
    outcome       varchar(20)  not null,
    outcome_info  varchar(2000)
);

-- one row per declared record: the record guid makes processing idempotent
create table declared_record (
    message_type  varchar(20)  not null,
    record_guid   varchar(36)  not null,
    raw_message   varchar(36)  not null references raw_message (id),
    sender_code   varchar(18)  not null,
    app_type      varchar(3),
    app_status    varchar(3),
    order_no      varchar(60),
    ebp_code      varchar(18),
    logistics_no  varchar(60),
    logistics_code varchar(18),
    cop_no        varchar(30),
    received_at   timestamp with time zone not null,
    primary key (message_type, record_guid)
);

-- receipts in the order they were written; cursor values are handed out under a lock so that they become
-- visible in order, and paging by cursor neither skips nor repeats a receipt
create table receipt_sequence (
    id    integer not null primary key,
    last_cursor bigint not null
);
insert into receipt_sequence (id, last_cursor) values (1, 0);

create table receipt (
    cursor_no     bigint       not null primary key,
    enterprise    varchar(18)  not null,
    message_type  varchar(20)  not null,
    guid          varchar(36)  not null,
    order_no      varchar(60),
    logistics_no  varchar(60),
    cop_no        varchar(30),
    invt_no       varchar(30),
    return_status varchar(10)  not null,
    return_info   varchar(1000),
    return_time   varchar(17)  not null,
    xml           varchar      not null
);
create index receipt_by_enterprise on receipt (enterprise, cursor_no);
