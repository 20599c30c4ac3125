-- Indexes shaped so that each list filter's page and count run from indexes alone (measured at 100,000
-- articles with bench/discovery-benchmark.sh): the count of a section subtree no longer reads the table,
-- and the topic/author filters join index-only scans instead of the table.
drop index article_section_idx;
create index article_section_idx on article (section_id, status, published_at desc);
drop index article_topic_topic_idx;
create index article_topic_topic_idx on article_topic (topic_id, article_id);
drop index article_contributor_author_idx;
create index article_contributor_author_idx on article_contributor (author_id, article_id);
create index article_status_id_idx on article (status, id);
