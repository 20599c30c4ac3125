-- The outbox: one row per change to public content, written in the transaction of the change, so that a
-- change and its event commit or roll back together. position is given after commit, in commit order, by
-- the sequencer (one instance at a time: it holds the event_sequence row), so that a reader following
-- positions never misses an event whose transaction began earlier but committed later.
create sequence content_event_seq start with 1 increment by 50;
create table content_event (
    id             bigint primary key,
    position       bigint unique,
    occurred_at    timestamp with time zone not null,
    type           varchar(64) not null,
    kind           varchar(32) not null,
    entity_id      uuid not null,
    slug           varchar(300),
    actor          varchar(200),
    surrogate_keys varchar(4000) not null,
    -- The entity as public lists show it (JSON); null for a tombstone (unpublished, archived, deleted).
    content        varchar
);

-- The last position given, and the horizon: positions at or below it have been pruned.
create table event_sequence (
    name          varchar(32) primary key,
    last_position bigint not null,
    horizon       bigint not null
);
insert into event_sequence (name, last_position, horizon) values ('content', 0, 0);
