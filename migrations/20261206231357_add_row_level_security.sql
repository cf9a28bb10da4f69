-- migrate:up

-- create policy accounts_owner_rows on public.accounts
-- hazard access_change: creates permissive policy accounts_owner_rows on public.accounts: the roles it names may see or change more rows
CREATE POLICY accounts_owner_rows ON public.accounts USING ((owner_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid));

-- alter table public.accounts
-- hazard access_change: enables row level security on public.accounts: roles other than its owner see and change only the rows a policy lets through
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;

-- create policy accounts_owner_rows on public.accounts
COMMENT ON POLICY accounts_owner_rows ON public.accounts IS 'A session sees and changes the accounts of the user in app.user_id';

-- migrate:down

-- drop policy accounts_owner_rows on public.accounts
-- hazard access_change: drops policy accounts_owner_rows on public.accounts: the rows it let through (or, restrictive, held back) are no longer
DROP POLICY accounts_owner_rows ON public.accounts;

-- alter table public.accounts
-- hazard access_change: disables row level security on public.accounts: its policies stop applying
ALTER TABLE public.accounts DISABLE ROW LEVEL SECURITY;

