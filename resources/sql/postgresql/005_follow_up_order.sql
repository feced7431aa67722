-- Schema version 5 (PostgreSQL): the open follow-ups' index also orders them; as
-- sqlite/005_follow_up_order.sql.
--
-- The Pendientes list shows the due ones by date, then by when they were logged, and the
-- undated ones by when they were logged. With created_at in the index both reads stop at the
-- first rows the list shows, instead of sorting every open follow-up of a chain (tens of
-- thousands) first.

DROP INDEX interactions_follow_up;
CREATE INDEX interactions_follow_up ON interactions (follow_up_date, created_at)
    WHERE requires_follow_up AND NOT follow_up_completed;
