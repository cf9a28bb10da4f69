-- policy/for_update_policy: a FOR UPDATE policy with USING and WITH CHECK is created
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_update on documents for update to app_user
    using (owner_name = current_user)
    with check (owner_name = current_user and length(body) < 1000);
