-- Secrets are stored sealed (AES-256-GCM, base64 with a key id): longer than the secrets themselves.
alter table webhook alter column secret set data type varchar(512);
alter table shared_secret alter column secret set data type varchar(512);
