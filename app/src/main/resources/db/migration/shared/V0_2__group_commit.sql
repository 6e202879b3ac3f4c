-- the embedded database's group writes (shared.persistence.GroupCommit): each one changes this row first, so that
-- the write has a change of its own and is made at once rather than left to H2's background thread
create table group_commit (
    id     int primary key,
    writes bigint not null
);
insert into group_commit (id, writes) values (1, 0);
