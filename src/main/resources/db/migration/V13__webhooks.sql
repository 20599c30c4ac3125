-- Registered receivers of content events. Each is delivered to in position order: delivered_position is the
-- last event it has had (or that did not match its types); a failed attempt leaves it and sets when to try
-- again. An instance claims an endpoint for a short lease before delivering, so that with several instances
-- each event reaches each endpoint once.
create table webhook (
    id                 uuid primary key,
    url                varchar(2048) not null,
    event_types        varchar(1000) not null,
    secret             varchar(200) not null,
    description        varchar(500),
    enabled            boolean not null,
    failing_since      timestamp with time zone,
    failing            boolean not null default false,
    delivered_position bigint not null,
    attempts           integer not null default 0,
    next_attempt_at    timestamp with time zone,
    lease_owner        varchar(64),
    lease_until        timestamp with time zone,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint not null default 0
);

-- Every attempt, for the admins' delivery log and for replays.
create table webhook_delivery (
    id             uuid primary key,
    webhook_id     uuid not null references webhook (id) on delete cascade,
    delivery_id    uuid not null,
    event_position bigint,
    event_type     varchar(64) not null,
    attempt        integer not null,
    attempted_at   timestamp with time zone not null,
    status_code    integer,
    latency_ms     integer not null,
    succeeded      boolean not null,
    error          varchar(500)
);
create index webhook_delivery_log_idx on webhook_delivery (webhook_id, attempted_at desc, id);
