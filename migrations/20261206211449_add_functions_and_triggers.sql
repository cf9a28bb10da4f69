-- migrate:up

-- create function public."api_name_key(text)"
CREATE OR REPLACE FUNCTION public.api_name_key(name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN lower(btrim(name));

-- create function public."touch_updated_at()"
CREATE OR REPLACE FUNCTION public.touch_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
  new.updated_at := now();
  return new;
end
$function$;

-- add index public.object_definitions.object_definitions_api_name_key_idx
-- hazard index_build: builds the index while writes to the table wait
CREATE INDEX object_definitions_api_name_key_idx ON public.object_definitions (api_name_key((api_name)::text));

-- create function public."api_name_key(text)"
COMMENT ON FUNCTION public.api_name_key(text) IS 'The case-blind form of an object''s API name';

-- create function public."touch_updated_at()"
COMMENT ON FUNCTION public.touch_updated_at() IS 'Sets updated_at on every update (the triggers below)';

-- create trigger accounts_touch_updated_at on public.accounts
CREATE TRIGGER accounts_touch_updated_at BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- create trigger apps_touch_updated_at on public.apps
CREATE TRIGGER apps_touch_updated_at BEFORE UPDATE ON public.apps FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- create trigger contacts_touch_updated_at on public.contacts
CREATE TRIGGER contacts_touch_updated_at BEFORE UPDATE ON public.contacts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- create trigger field_definitions_touch_updated_at on public.field_definitions
CREATE TRIGGER field_definitions_touch_updated_at BEFORE UPDATE ON public.field_definitions FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- create trigger object_definitions_touch_updated_at on public.object_definitions
CREATE TRIGGER object_definitions_touch_updated_at BEFORE UPDATE ON public.object_definitions FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- create trigger permissions_touch_updated_at on public.permissions
CREATE TRIGGER permissions_touch_updated_at BEFORE UPDATE ON public.permissions FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- create trigger roles_touch_updated_at on public.roles
CREATE TRIGGER roles_touch_updated_at BEFORE UPDATE ON public.roles FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- create trigger users_touch_updated_at on public.users
CREATE TRIGGER users_touch_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- migrate:down

-- drop index public.object_definitions.object_definitions_api_name_key_idx
DROP INDEX public.object_definitions_api_name_key_idx;

-- drop trigger accounts_touch_updated_at on public.accounts
-- hazard behavior_change: drops trigger accounts_touch_updated_at on public.accounts: what it did on each change stops
DROP TRIGGER accounts_touch_updated_at ON public.accounts;

-- drop trigger apps_touch_updated_at on public.apps
-- hazard behavior_change: drops trigger apps_touch_updated_at on public.apps: what it did on each change stops
DROP TRIGGER apps_touch_updated_at ON public.apps;

-- drop trigger contacts_touch_updated_at on public.contacts
-- hazard behavior_change: drops trigger contacts_touch_updated_at on public.contacts: what it did on each change stops
DROP TRIGGER contacts_touch_updated_at ON public.contacts;

-- drop trigger field_definitions_touch_updated_at on public.field_definitions
-- hazard behavior_change: drops trigger field_definitions_touch_updated_at on public.field_definitions: what it did on each change stops
DROP TRIGGER field_definitions_touch_updated_at ON public.field_definitions;

-- drop trigger object_definitions_touch_updated_at on public.object_definitions
-- hazard behavior_change: drops trigger object_definitions_touch_updated_at on public.object_definitions: what it did on each change stops
DROP TRIGGER object_definitions_touch_updated_at ON public.object_definitions;

-- drop trigger permissions_touch_updated_at on public.permissions
-- hazard behavior_change: drops trigger permissions_touch_updated_at on public.permissions: what it did on each change stops
DROP TRIGGER permissions_touch_updated_at ON public.permissions;

-- drop trigger roles_touch_updated_at on public.roles
-- hazard behavior_change: drops trigger roles_touch_updated_at on public.roles: what it did on each change stops
DROP TRIGGER roles_touch_updated_at ON public.roles;

-- drop trigger users_touch_updated_at on public.users
-- hazard behavior_change: drops trigger users_touch_updated_at on public.users: what it did on each change stops
DROP TRIGGER users_touch_updated_at ON public.users;

-- drop function public."api_name_key(text)"
-- hazard behavior_change: drops function public."api_name_key(text)": whatever calls it fails from then on
DROP FUNCTION public.api_name_key(text);

-- drop function public."touch_updated_at()"
-- hazard behavior_change: drops function public."touch_updated_at()": whatever calls it fails from then on
DROP FUNCTION public.touch_updated_at();

