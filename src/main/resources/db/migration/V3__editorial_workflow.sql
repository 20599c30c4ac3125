-- Editorial workflow: scheduled publication, who created an article, and a revision per save.
alter table article add column publish_at timestamp with time zone;
alter table article add column created_by varchar(64);
create index article_scheduled_idx on article (status, publish_at);

create table article_revision (
    article_id uuid not null references article (id) on delete cascade,
    number     integer not null,
    status     varchar(20) not null,
    snapshot   varchar not null,
    summary    varchar(300) not null,
    created_at timestamp with time zone not null,
    created_by varchar(64) not null,
    primary key (article_id, number)
);
