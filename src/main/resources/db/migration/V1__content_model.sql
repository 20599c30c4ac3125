-- Byline content model. Plain SQL shared by H2 (PostgreSQL mode) and PostgreSQL.

create table image (
    id               uuid primary key,
    slug             varchar(160) not null unique,
    url              varchar(2048) not null,
    width            integer not null,
    height           integer not null,
    alt_text         varchar(1000) not null,
    caption          varchar(2000),
    credit           varchar(300),
    copyright_holder varchar(300),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint not null default 0
);

create table section (
    id            uuid primary key,
    slug          varchar(160) not null,
    path          varchar(500) not null unique,
    name          varchar(200) not null,
    description   varchar(1000),
    parent_id     uuid references section (id),
    position      integer not null,
    external_url  varchar(2048),
    in_navigation boolean not null,
    in_more_menu  boolean not null default false,
    updated_at    timestamp with time zone not null,
    version       bigint not null default 0
);
create index section_parent_idx on section (parent_id, position);

create table topic (
    id          uuid primary key,
    slug        varchar(160) not null unique,
    name        varchar(200) not null,
    description varchar(2000),
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);

create table author (
    id                uuid primary key,
    slug              varchar(160) not null unique,
    name              varchar(200) not null,
    job_title         varchar(200),
    bio               varchar(4000),
    portrait_image_id uuid references image (id),
    updated_at        timestamp with time zone not null,
    version           bigint not null default 0
);

create table article (
    id                  uuid primary key,
    slug                varchar(200) not null unique,
    type                varchar(20) not null,
    status              varchar(20) not null,
    headline            varchar(300) not null,
    summary             varchar(1000) not null,
    body                varchar not null,
    word_count          integer not null,
    section_id          uuid not null references section (id),
    lead_image_id       uuid references image (id),
    lead_image_caption  varchar(2000),
    lead_image_credit   varchar(300),
    byline_text         varchar(500),
    byline_organisation varchar(200),
    canonical_url       varchar(2048),
    share_url           varchar(2048),
    published_at        timestamp with time zone,
    first_published_at  timestamp with time zone,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint not null default 0
);
create index article_published_idx on article (status, published_at desc);
create index article_updated_idx on article (status, updated_at desc);
create index article_section_idx on article (section_id, published_at desc);

create table article_topic (
    article_id uuid not null references article (id) on delete cascade,
    position   integer not null,
    topic_id   uuid not null references topic (id),
    primary key (article_id, position)
);
create index article_topic_topic_idx on article_topic (topic_id);

create table article_contributor (
    article_id uuid not null references article (id) on delete cascade,
    position   integer not null,
    author_id  uuid not null references author (id),
    location   varchar(200),
    role       varchar(200),
    primary key (article_id, position)
);
create index article_contributor_author_idx on article_contributor (author_id);

create table article_related (
    article_id         uuid not null references article (id) on delete cascade,
    position           integer not null,
    related_article_id uuid not null references article (id),
    primary key (article_id, position)
);

create table collection (
    id          uuid primary key,
    slug        varchar(160) not null unique,
    title       varchar(200) not null,
    description varchar(1000),
    updated_at  timestamp with time zone not null,
    version     bigint not null default 0
);

create table collection_item (
    collection_id  uuid not null references collection (id) on delete cascade,
    position       integer not null,
    article_id     uuid references article (id),
    promo_title    varchar(300),
    promo_summary  varchar(1000),
    promo_url      varchar(2048),
    promo_image_id uuid references image (id),
    attribution    varchar(100),
    primary key (collection_id, position),
    -- an item is either a story of ours or an external promo, never both
    constraint collection_item_kind check (
        (article_id is not null and promo_url is null)
        or (article_id is null and promo_url is not null and promo_title is not null))
);

-- Page views per article per hour; Most Read sums the buckets inside its window.
create table page_view_bucket (
    article_id   uuid not null references article (id) on delete cascade,
    bucket_start timestamp with time zone not null,
    views        bigint not null,
    primary key (article_id, bucket_start)
);
create index page_view_bucket_start_idx on page_view_bucket (bucket_start);
