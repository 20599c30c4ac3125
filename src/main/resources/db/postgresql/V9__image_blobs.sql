-- Uploaded originals and their renditions, where every instance reads them (DatabaseImageStorage).
create table image_blob (
    storage_key varchar(300)             primary key,
    bytes       bytea                    not null,
    created_at  timestamp with time zone not null default now()
);
