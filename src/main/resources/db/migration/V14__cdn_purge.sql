-- What an endpoint is: an http webhook an admin registered, or the CDN purger configured by settings
-- (fastly, cloudflare), which takes the same events in order, with the same retries and log.
alter table webhook add column target varchar(32) not null default 'http';
