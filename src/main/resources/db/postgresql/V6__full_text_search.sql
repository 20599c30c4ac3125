-- PostgreSQL full-text search: an English configuration that also ignores accents (unaccent is a
-- trusted extension, so a database owner may create it), a stored tsvector kept by PostgreSQL itself,
-- weighted headline A, summary and topic/contributor names B, body C, and a GIN index over it.
create extension if not exists unaccent;

do $$
begin
    if not exists (select 1 from pg_ts_config where cfgname = 'byline') then
        create text search configuration byline (copy = english);
        alter text search configuration byline
            alter mapping for hword, hword_part, word with unaccent, english_stem;
    end if;
end
$$;

alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('byline', coalesce(headline, '')), 'A') ||
    setweight(to_tsvector('byline', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('byline', coalesce(search_keywords, '')), 'B') ||
    setweight(to_tsvector('byline', coalesce(body_text, '')), 'C')
) stored;

create index article_search_idx on article using gin (search_vector);
