-- clearance, export: the master bill each waybill leaves under (CEB607), and returns of exported goods (CEB213,
-- tallied at the site with CEB215)
alter table export_waybill add column bill_no varchar(37);

create table export_return (
    record_guid     varchar(36)  not null primary key,
    sender_code     varchar(18)  not null,
    agent_code      varchar(18)  not null,
    ebp_code        varchar(18),
    ebc_code        varchar(18),
    co_el_no        varchar(30)  not null,
    pre_no          varchar(18)  not null,
    invt_no         varchar(20)  not null,
    logistics_code  varchar(18)  not null,
    logistics_no    varchar(80)  not null,
    status          varchar(12)  not null,
    applied_at      timestamp with time zone not null,
    tallied_at      timestamp with time zone
);
create index export_return_by_waybill on export_return (logistics_code, logistics_no, status);
