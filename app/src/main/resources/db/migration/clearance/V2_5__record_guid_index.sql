-- a message's records are looked up by their guids in one query (record_guid in (...)): an index that starts
-- with the guid serves it on H2 and PostgreSQL alike
create index declared_record_by_guid on declared_record (record_guid);
