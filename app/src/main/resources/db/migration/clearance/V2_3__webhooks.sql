-- clearance: how far each enterprise's webhook has been fed, in receipt cursor order
create table webhook_delivery (
    enterprise       varchar(18)  not null primary key,
    delivered_cursor bigint       not null,
    attempts         integer      not null,
    next_attempt_at  timestamp with time zone not null,
    last_error       varchar(1000)
);
