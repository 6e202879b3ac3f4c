-- clearance: on a cluster, one node at a time feeds an enterprise's webhook; it holds a lease that it renews as
-- it goes and that another node may take once it has run out (the holder died)
alter table webhook_delivery add column leased_by varchar(64);
alter table webhook_delivery add column lease_until timestamp with time zone;
