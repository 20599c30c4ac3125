-- Who uploaded or registered an image (the key's id): they may see it while it is private, as a contributor sees
-- their own drafts. Images from before are seen privately by editors and by those whose drafts use them.
alter table image add column uploaded_by varchar(64);
