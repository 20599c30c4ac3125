-- Lists are ordered newest first with the id breaking ties; with the id in the index a page of ids (and a
-- topic or author filter probing the join table per story) reads the index alone, in order, and stops.
drop index article_published_idx;
create index article_published_idx on article (status, published_at desc, id desc);
