-- exchange: statistics (统计监测), counted as parcels are released (no scan of the parcels for a query)

-- parcels released by day (China time), direction (I import, E export), supervision mode and enterprise (the
-- e-commerce enterprise: the seller of an export, the one selling to the buyer of an import)
create table stat_parcels (
    stat_day     date          not null,
    direction    char(1)       not null,
    trade_mode   varchar(4)    not null,
    enterprise   varchar(18)   not null,
    parcels      bigint        not null,
    goods_value  numeric(19, 2) not null,
    tax          numeric(19, 2) not null,
    primary key (stat_day, direction, trade_mode, enterprise)
);

-- goods lines released by day, direction and HS chapter (the first two digits of the code)
create table stat_goods (
    stat_day     date          not null,
    direction    char(1)       not null,
    hs_chapter   char(2)       not null,
    goods_lines  bigint        not null,
    goods_value  numeric(19, 2) not null,
    primary key (stat_day, direction, hs_chapter)
);

-- time from a complete set of documents to release, by day and direction: how many parcels took at most each
-- bucket's seconds (the pilot zones publish "released within 10 minutes")
create table stat_release (
    stat_day     date          not null,
    direction    char(1)       not null,
    within_seconds integer     not null,
    parcels      bigint        not null,
    primary key (stat_day, direction, within_seconds)
);
