-- Revisions outlive their article: a delete keeps the audit trail, ending with a revision that says who
-- deleted it. The table is made anew without the cascading reference (its name differs between databases).
create table article_revision_kept (
    article_id uuid not null,
    number     integer not null,
    status     varchar(20) not null,
    snapshot   varchar not null,
    summary    varchar(300) not null,
    created_at timestamp with time zone not null,
    created_by varchar(64) not null,
    primary key (article_id, number)
);
insert into article_revision_kept (article_id, number, status, snapshot, summary, created_at, created_by)
    select article_id, number, status, snapshot, summary, created_at, created_by from article_revision;
drop table article_revision;
alter table article_revision_kept rename to article_revision;
