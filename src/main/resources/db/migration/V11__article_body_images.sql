-- Which images each article's body shows, kept by the application on every save, so that deleting an image
-- asks an index instead of reading every body.
create table article_body_image (
    article_id uuid not null references article (id) on delete cascade,
    image_id uuid not null,
    primary key (article_id, image_id)
);
create index article_body_image_image_idx on article_body_image (image_id);

-- Bodies stored before this table: "not derived yet", so that the start-up backfill derives their search
-- text again and, with it, their images.
update article set body_text = null;
