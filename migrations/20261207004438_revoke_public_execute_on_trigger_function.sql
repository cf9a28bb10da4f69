-- migrate:up

-- privileges on routine public."touch_updated_at()"
-- hazard access_change: takes privileges from PUBLIC on routine public."touch_updated_at()"
REVOKE EXECUTE ON ROUTINE public.touch_updated_at() FROM PUBLIC;

-- migrate:down

-- privileges on routine public."touch_updated_at()"
-- hazard access_change: gives privileges to PUBLIC on routine public."touch_updated_at()"
GRANT EXECUTE ON ROUTINE public.touch_updated_at() TO PUBLIC;

