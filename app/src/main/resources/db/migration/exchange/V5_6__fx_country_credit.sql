-- exchange: FX's figures per enterprise and month, statistics by country, the facts of each enterprise's credit

-- per enterprise (the e-commerce enterprise), month (China time), direction and payment company: the value
-- declared to customs and the money paid (import, CEB411) or received (export, CEB403) for the released parcels
create table fx_month (
    enterprise     varchar(18)    not null,
    fx_month       char(7)        not null,
    direction      char(1)        not null,
    pay_code       varchar(18)    not null,
    parcels        bigint         not null,
    declared_value numeric(19, 2) not null,
    paid_value     numeric(19, 2) not null,
    primary key (fx_month, enterprise, direction, pay_code)
);
create index fx_month_by_enterprise on fx_month (enterprise, fx_month);

-- goods lines released by day, direction and country (of origin for imports, of destination for exports)
create table stat_country (
    stat_day     date           not null,
    direction    char(1)        not null,
    country      varchar(3)     not null,
    goods_lines  bigint         not null,
    goods_value  numeric(19, 2) not null,
    primary key (stat_day, direction, country)
);

-- what an enterprise's parcels came to, by month: counted once per record of a dataset (an event delivered again
-- writes no record and counts nothing)
create table credit_count (
    enterprise   varchar(18) not null,
    credit_month char(7)     not null,
    released     bigint      not null,
    mismatched   bigint      not null,
    refused      bigint      not null,
    returned     bigint      not null,
    primary key (enterprise, credit_month)
);

-- customs' payment forms (汇总征税) of a guarantor: overdue when unpaid after due_by, or paid after it
create table credit_tax_payment (
    ent_duty_no  varchar(40)    not null primary key,
    assure_code  varchar(18)    not null,
    total        numeric(19, 2) not null,
    issued_at    timestamp with time zone,
    due_by       timestamp with time zone,
    paid_at      timestamp with time zone
);
create index credit_tax_payment_by_guarantor on credit_tax_payment (assure_code, due_by);

-- each enterprise's score as last computed (on each event about it), with its factors as JSON
create table credit_score (
    enterprise   varchar(18)  not null primary key,
    score        integer      not null,
    grade        char(1)      not null,
    factors      varchar(4000) not null,
    computed_at  timestamp with time zone not null
);
create index credit_score_by_score on credit_score (score, enterprise);

-- refusals now also come from the comparison (stage COMPARISON, with its rule) besides customs (stage CUSTOMS);
-- the shipped policy grows by the two fields unless the operator has changed it
update sharing_policy set fields = 'invtNo,copNo,orderNo,direction,stage,rule,ebpCode,ebcCode,agentCode,'
    || 'returnStatus,reason,refusedAt'
 where department = 'MARKET' and dataset = 'refusals'
   and fields = 'invtNo,copNo,direction,ebpCode,ebcCode,agentCode,returnStatus,reason,refusedAt';

-- FX reads the payments and receipts of released parcels per enterprise: no buyer in them
insert into sharing_policy (department, dataset, fields, masking, purpose, valid_from) values
 ('FX', 'fx-payments',
  'invtNo,direction,ebpCode,ebcCode,payCode,payTransactionId,payNo,declaredValue,paidValue,currency,month',
  '', '外汇：跨境电商收付汇与申报金额核对（按企业、按月、按支付企业）',
  timestamp with time zone '2026-01-01 00:00:00+08');

-- webhooks: a department's dataset ('D:' department ':' dataset) or an enterprise's inbox ('E:' code) pushed to a
-- URL in cursor order; how far each has been fed, as clearance keeps it for receipts
create table exchange_webhook (
    subscriber   varchar(80)   not null primary key,
    url          varchar(1000) not null,
    created_at   timestamp with time zone not null
);
create table exchange_webhook_delivery (
    subscriber       varchar(80)  not null primary key,
    delivered_cursor bigint       not null,
    attempts         integer      not null,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(1000),
    leased_by        varchar(64),
    lease_until      timestamp with time zone
);
