-- migrate:up

-- privileges on table public.accounts
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.accounts
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.accounts TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.apps
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.apps
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.apps TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.contacts
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.contacts
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.contacts TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.field_definitions
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.field_definitions
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.field_definitions TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.object_definitions
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.object_definitions
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.object_definitions TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.permissions
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.permissions
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.permissions TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.role_permissions
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.role_permissions
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.role_permissions TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.roles
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.roles
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.roles TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.user_roles
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.user_roles
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.user_roles TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.users
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on table public.users
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('GRANT SELECT ON TABLE public.users TO %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- default privileges on tables role "{{tenant.db_user}}" creates
-- hazard access_change: gives privileges to "{{tenant.db_user}}_readonly" on the tables role "{{tenant.db_user}}" creates later
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('ALTER DEFAULT PRIVILEGES FOR ROLE %I GRANT SELECT ON TABLES TO %I', pg_catalog.replace('{{tenant.db_user}}', '{{tenant.db_user}}', session_user), pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- migrate:down

-- privileges on table public.accounts
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.accounts
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.accounts FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.apps
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.apps
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.apps FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.contacts
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.contacts
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.contacts FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.field_definitions
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.field_definitions
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.field_definitions FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.object_definitions
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.object_definitions
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.object_definitions FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.permissions
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.permissions
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.permissions FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.role_permissions
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.role_permissions
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.role_permissions FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.roles
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.roles
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.roles FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.user_roles
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.user_roles
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.user_roles FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- privileges on table public.users
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on table public.users
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('REVOKE SELECT ON TABLE public.users FROM %I', pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

-- default privileges on tables role "{{tenant.db_user}}" creates
-- hazard access_change: takes privileges from "{{tenant.db_user}}_readonly" on the tables role "{{tenant.db_user}}" creates later
DO $tenantctl$ BEGIN EXECUTE pg_catalog.format('ALTER DEFAULT PRIVILEGES FOR ROLE %I REVOKE SELECT ON TABLES FROM %I', pg_catalog.replace('{{tenant.db_user}}', '{{tenant.db_user}}', session_user), pg_catalog.replace('{{tenant.db_user}}_readonly', '{{tenant.db_user}}', session_user)); END $tenantctl$;

