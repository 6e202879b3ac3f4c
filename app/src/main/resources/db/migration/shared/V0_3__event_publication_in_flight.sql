-- publications are deleted once their listener completes (application.yml, completion-mode: delete): the table
-- holds only those in flight or failed, completion_date is never set, and the library's look-ups of incomplete
-- publications read a few rows; its index cost two entries a publication, inserted and removed, for nothing
drop index event_publication_by_completion_date;
