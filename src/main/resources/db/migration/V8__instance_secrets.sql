-- Secrets every instance must share (the key that signs paging cursors), made once by whichever instance
-- starts first, when no secret is configured.
create table shared_secret (
    name       varchar(64)              primary key,
    secret     varchar(128)             not null,
    created_at timestamp with time zone not null
);
