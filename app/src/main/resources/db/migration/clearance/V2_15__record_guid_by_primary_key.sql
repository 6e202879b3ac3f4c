-- a message's records already taken are now found by the primary key (message_type, record_guid), the guids
-- joined as an array (IntakeRepository.seen): the index on the guid alone cost an entry in a random place of its
-- b-tree at every record taken, written once and touched again at commit, and served nothing else
drop index declared_record_by_guid;
