-- shared: Spring Modulith's event publication registry (its JDBC schema, the first structure; application.yml says
-- why). An event between modules is stored here in the transaction that publishes it, one row per listener, and
-- deleted once that listener has completed; a row left by a crash is delivered again at start. serialized_event is
-- text: unbounded (a batch of inventories is longer than the 4,000 characters of the library's own H2 schema), and
-- on H2 a large object kept apart from its row, so that the pages written at each commit stay small.
create table event_publication (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
