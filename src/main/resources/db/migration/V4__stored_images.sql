-- Images uploaded to Byline: where the original is stored, its detected type and size.
alter table image add column storage_key varchar(200);
alter table image add column media_type varchar(50);
alter table image add column byte_size bigint;
