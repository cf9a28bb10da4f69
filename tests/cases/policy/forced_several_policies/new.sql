-- policy/forced_several_policies: a table with rows gets row level security enabled and forced and several policies of different commands and kinds
create table tickets (id integer primary key, tenant_id integer not null, assignee text, closed boolean not null default false);
alter table tickets enable row level security;
alter table tickets force row level security;
create policy tickets_tenant on tickets as restrictive
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::integer);
create policy tickets_select on tickets for select to app_user, reporting using (true);
create policy tickets_insert on tickets for insert to app_user with check (not closed);
create policy tickets_update on tickets for update to app_user using (assignee = current_user) with check (assignee = current_user);
create policy tickets_delete on tickets for delete to app_admin using (closed);
