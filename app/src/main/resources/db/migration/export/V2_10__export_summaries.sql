-- clearance, export: the summary declaration (汇总申报) of released summary-kind (B) inventories into customs
-- declarations; an inventory is summarised once: its sum_no is set by a conditional update
alter table export_inventory add column ebc_code varchar(18);
alter table export_inventory add column statistics_flag varchar(1);
alter table export_inventory add column sum_no varchar(18);
create index export_inventory_for_summary on export_inventory (agent_code, statistics_flag, sum_no, released_at);

create table export_summary (
    sum_no        varchar(18)  not null primary key,
    agent_code    varchar(18)  not null,
    ebc_code      varchar(18)  not null,
    cop_no        varchar(30)  not null,
    summary_flag  varchar(1)   not null,
    start_time    timestamp with time zone,
    end_time      timestamp with time zone,
    requested_by  varchar(20)  not null,
    created_at    timestamp with time zone not null
);

create table export_declaration (
    decl_seq_no   varchar(18)  not null primary key,
    sum_no        varchar(18)  not null references export_summary (sum_no),
    entry_id      varchar(18)  not null,
    ebc_code      varchar(18)  not null,
    traf_mode     varchar(1),
    owner_code    varchar(18),
    country       varchar(3),
    port_code     varchar(4),
    created_at    timestamp with time zone not null
);

create table export_declaration_item (
    decl_seq_no   varchar(18)  not null references export_declaration (decl_seq_no),
    gseqno        integer      not null,
    invt_no       varchar(20)  not null,
    logistics_no  varchar(60)  not null,
    gnum          integer      not null,
    gcode         varchar(10),
    primary key (decl_seq_no, invt_no, gnum)
);
create sequence export_summary_seq start with 1;
