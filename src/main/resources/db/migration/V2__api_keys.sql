-- API keys for the management API. Only a SHA-256 hash of each secret is kept; the secret is shown once.
create table api_key (
    id           uuid primary key,
    name         varchar(100) not null,
    role         varchar(20) not null,
    key_prefix   varchar(16) not null,
    key_hash     varchar(64) not null unique,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
