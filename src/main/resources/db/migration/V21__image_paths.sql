-- Uploaded images kept their address as an absolute URL under BYLINE_API_URL; they keep a path now, made
-- absolute when shown, so that an API that moves points at its new address.
update image set url = concat('/api/v1/images/', cast(id as varchar(36)), '/file') where storage_key is not null;
