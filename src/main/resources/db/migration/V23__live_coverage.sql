-- Live coverage: a live page is an article of type live with posts. The page keeps what its read and its
-- summary show without reading the posts: coverage status and times, key points (a JSON array of strings),
-- the pinned post, how many posts are published and when the last one was.
alter table article add column coverage_status varchar(16);
alter table article add column coverage_start timestamp with time zone;
alter table article add column coverage_end timestamp with time zone;
alter table article add column key_points varchar(4000);
alter table article add column pinned_post_id uuid;
alter table article add column live_post_count integer default 0 not null;
alter table article add column last_post_at timestamp with time zone;

-- One update on a live page. A delete leaves the row as a tombstone (status DELETED, body emptied), so that a
-- shared link answers 410 and resuming readers are told it went.
create table live_post (
    id           uuid primary key,
    article_id   uuid not null references article (id) on delete cascade,
    status       varchar(16) not null,
    title        varchar(300),
    body         varchar not null,
    word_count   integer not null,
    key_event    boolean not null,
    pinned       boolean not null,
    published_at timestamp with time zone,
    publish_at   timestamp with time zone,
    created_by   varchar(64) not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null
);
-- A page's posts newest first (the page read, the cursor, since), and the scheduler's due posts.
create index live_post_page_idx on live_post (article_id, status, published_at, id);
create index live_post_due_idx on live_post (status, publish_at);

create table live_post_contributor (
    post_id   uuid not null references live_post (id) on delete cascade,
    position  integer not null,
    author_id uuid not null references author (id),
    primary key (post_id, position)
);
create index live_post_contributor_author_idx on live_post_contributor (author_id);

-- The images a post's body shows, kept with the body: what an image delete asks instead of reading bodies.
create table live_post_image (
    post_id  uuid not null references live_post (id) on delete cascade,
    image_id uuid not null,
    primary key (post_id, image_id)
);
create index live_post_image_idx on live_post_image (image_id);

-- Every saved state of a post; like article revisions they outlive what they describe.
create table live_post_revision (
    post_id    uuid not null,
    number     integer not null,
    status     varchar(16) not null,
    snapshot   varchar not null,
    summary    varchar(300) not null,
    created_at timestamp with time zone not null,
    created_by varchar(64) not null,
    primary key (post_id, number)
);

-- The live page an event belongs to: a page's stream resumes from here, in position order.
alter table content_event add column stream uuid;
create index content_event_stream_idx on content_event (stream, position);
