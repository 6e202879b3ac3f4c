-- whom a guarantor has agreed to back: an inventory may name an enterprise as assureCode only when that enterprise
-- backs its declarant (agentCode) or its e-commerce enterprise (ebcCode); an e-commerce enterprise that is a
-- guarantor backs its own inventories without a row here. Filed by the operator or by the guarantor itself.
create table guarantee_backing (
    assure_code varchar(30) not null,
    backed_code varchar(18) not null,
    filed_by    varchar(30) not null,
    filed_at    timestamp with time zone not null,
    primary key (assure_code, backed_code)
);

-- a bonded zone's account book (emsNo) and the supervised-site operator that keeps it: opened by the first entry of
-- goods, or filed (and moved) by the operator; only its keeper enters goods into it or reads its stock
create table account_book (
    ems_no        varchar(30) not null primary key,
    operator_code varchar(18) not null,
    filed_at      timestamp with time zone not null
);
insert into account_book (ems_no, operator_code, filed_at)
    select ems_no, min(owner_code), min(updated_at) from stock_ledger group by ems_no;
