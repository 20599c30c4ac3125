-- What a delete asks before it refuses (who still points at this?) reads these by the referenced id;
-- without them each such question read every story, related link or collection item.
create index article_lead_image_idx on article (lead_image_id);
create index article_related_target_idx on article_related (related_article_id);
create index collection_item_article_idx on collection_item (article_id);
create index collection_item_promo_image_idx on collection_item (promo_image_id);
