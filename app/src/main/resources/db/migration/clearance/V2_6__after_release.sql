-- clearance: what follows a decision: the customs inventory number, sign-for, cancellation, return, site entry

-- customs numbers an inventory when it takes it in (120); returns and cancellations name it by that number
alter table inventory_state add column invt_no varchar(18);
alter table inventory_state add column released_at timestamp with time zone;
create index inventory_by_invt_no on inventory_state (invt_no);
create sequence invt_no_seq start with 1;

-- CEB513: the carrier reports a parcel signed for (logisticsStatus S), once per waybill
create table waybill_status (
    logistics_code   varchar(18)  not null,
    logistics_no     varchar(60)  not null,
    logistics_status varchar(1)   not null,
    logistics_time   varchar(14)  not null,
    record_guid      varchar(36)  not null,
    received_at      timestamp with time zone not null,
    primary key (logistics_code, logistics_no)
);

-- CEB625: goods of a released inventory going back, line by line (issue: quota and tax follow them back)
create table inventory_refund (
    record_guid  varchar(36)  not null primary key,
    agent_code   varchar(18)  not null,
    cop_no       varchar(30)  not null,
    invt_no      varchar(18)  not null,
    reason       varchar(1000) not null,
    received_at  timestamp with time zone not null
);
create table inventory_refund_line (
    record_guid  varchar(36)  not null references inventory_refund (record_guid),
    gnum         integer      not null,
    gcode        varchar(10)  not null,
    qty          numeric(19, 5) not null,
    primary key (record_guid, gnum)
);

-- CEB711: parcels entering the supervised site under a bill of lading
create table site_entry (
    logistics_code varchar(18)  not null,
    logistics_no   varchar(60)  not null,
    operator_code  varchar(18)  not null,
    bill_no        varchar(37)  not null,
    record_guid    varchar(36)  not null,
    entered_at     timestamp with time zone not null,
    primary key (logistics_code, logistics_no)
);
