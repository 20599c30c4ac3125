-- Originals are streamed out a slice at a time (substring per slice). Stored uncompressed out of line (they
-- are compressed images already), a slice is read without reading the whole value first.
alter table image_blob alter column bytes set storage external;
