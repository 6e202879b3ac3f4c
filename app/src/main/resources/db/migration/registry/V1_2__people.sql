-- registry: the people who sign in to the console, distinct from API tokens. Each belongs to an enterprise
-- (org_code its customs code), a department (its code), customs or the operator, with a role inside it. The
-- password is kept as an adaptive hash only; repeated failures lock the sign-in for a while.
create table person (
    login           varchar(64)  not null primary key,
    password_hash   varchar(200) not null,
    kind            varchar(12)  not null,
    org_code        varchar(18),
    role            varchar(20)  not null,
    display_name    varchar(100) not null,
    failed_attempts int          not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null
);
create index person_by_org on person (kind, org_code);
