-- H2 has no full-text ranking of its own that PostgreSQL shares; the embedded database searches
-- headline, summary, topic/contributor names and body text with case- and accent-folded LIKE
-- (see TextSearch.H2), which needs no schema of its own. Kept so both databases share version numbers.
select 1;
