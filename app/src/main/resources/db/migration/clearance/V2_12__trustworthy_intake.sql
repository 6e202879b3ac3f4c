-- how a message's signature held (STRICT, or WHITESPACE_BETWEEN_ELEMENTS_REMOVED for E-Port clients that sign the
-- compact form and send it indented)
alter table raw_message add column signature_mode varchar(40);

-- a message sent again byte for byte by the same sender is kept as a reference to the first copy, not as a copy
alter table raw_message add column body_sha256 varchar(64);
alter table raw_message add column duplicate_of varchar(36);
alter table raw_message alter column body drop not null;
create index raw_message_by_digest on raw_message (sender_code, body_sha256);

-- messages the platform failed on (its own fault) are taken again by the intake sweeper
alter table raw_message add column attempts integer default 0 not null;
create index raw_message_by_outcome on raw_message (outcome, received_at);
