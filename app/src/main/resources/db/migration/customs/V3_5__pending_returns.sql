-- customs: a return applied for within 30 days undoes quota and tax only once its goods are back within 45 days
-- of release (cbec-rules.md §A.6); until then it is pending, and a bill with a pending return is not summarised
create table pending_return (
    refund_guid  varchar(36)    not null,
    invt_no      varchar(18)    not null,
    gnum         integer        not null,
    qty          numeric(19, 5) not null,
    applied_at   timestamp with time zone not null,
    status       varchar(10)    not null,
    decided_at   timestamp with time zone,
    primary key (refund_guid, gnum)
);
create index pending_return_by_invt_no on pending_return (invt_no, status);
