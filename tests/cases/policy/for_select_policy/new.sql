-- policy/for_select_policy: a FOR SELECT policy is created
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_select on documents for select to reporting using (is_public);
