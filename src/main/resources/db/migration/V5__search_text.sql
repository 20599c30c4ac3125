-- What full-text search reads besides headline and summary, kept by the application on every save:
-- the body as plain text, and the names of the article's topics and contributors. Null means "not
-- derived yet" (rows written before this migration); SearchTextBackfill fills them at start.
alter table article add column body_text varchar;
alter table article add column search_keywords varchar(4000);

-- Filters that had no index yet: updatedFrom/updatedTo ride on article_updated_idx, type needs its own.
create index article_type_idx on article (type, status, published_at desc);
