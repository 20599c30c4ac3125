-- An image is public once published content uses it (a published story, an author, a collection) or an
-- editor marks it public; until then only key holders see it, so that an embargoed story's pictures stay
-- private. Images stored before this rule were public already: they stay marked so.
alter table image add column marked_public boolean default false not null;
update image set marked_public = true;
-- Whether an author shows the image is asked by the image's id.
create index author_portrait_image_idx on author (portrait_image_id);
