-- Collections in the order a front page shows them (Top Stories first), as sections have a position;
-- existing ones keep their title order until an editor places them.
alter table collection add column position integer default 0 not null;
