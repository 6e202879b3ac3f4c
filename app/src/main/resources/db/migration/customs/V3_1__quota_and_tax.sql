-- customs: the buyers' annual quota and the tax of each inventory taken in

-- per buyer ID number and calendar year (China time), the dutiable value counted so far; a list is counted by a
-- conditional update (used + amount <= 26,000), so two lists of one buyer cannot both pass past the limit
create table buyer_quota (
    buyer_id_number varchar(60)   not null,
    quota_year      integer       not null,
    used            numeric(19, 2) not null,
    primary key (buyer_id_number, quota_year)
);

-- what each inventory counted, so that a cancellation or a return gives it back
create table quota_usage (
    agent_code      varchar(18)   not null,
    cop_no          varchar(30)   not null,
    invt_no         varchar(18)   not null,
    buyer_id_number varchar(60)   not null,
    quota_year      integer       not null,
    amount          numeric(19, 2) not null,
    restored        numeric(19, 2) not null,
    counted_at      timestamp with time zone not null,
    primary key (agent_code, cop_no)
);
create index quota_usage_by_invt_no on quota_usage (invt_no);

-- the tax of an inventory (CEB816 status: 1 generated, 2 summarised, 3 void) and of each of its lines
create table tax_bill (
    invt_no          varchar(18)   not null primary key,
    agent_code       varchar(18)   not null,
    cop_no           varchar(30)   not null,
    order_no         varchar(60)   not null,
    ebp_code         varchar(18)   not null,
    assure_code      varchar(30),
    buyer_id_number  varchar(60)   not null,
    full_tax         boolean       not null,
    customs_duty     numeric(19, 2) not null,
    consumption_tax  numeric(19, 2) not null,
    vat              numeric(19, 2) not null,
    status           varchar(1)    not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create table tax_line (
    invt_no          varchar(18)   not null references tax_bill (invt_no),
    gnum             integer       not null,
    gcode            varchar(10)   not null,
    qty              numeric(19, 5) not null,
    returned_qty     numeric(19, 5) not null,
    dutiable         numeric(19, 2) not null,
    customs_duty     numeric(19, 2) not null,
    consumption_tax  numeric(19, 2) not null,
    vat              numeric(19, 2) not null,
    primary key (invt_no, gnum)
);
