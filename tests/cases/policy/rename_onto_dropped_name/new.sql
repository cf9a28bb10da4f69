-- policy/rename_onto_dropped_name: a policy is dropped and another policy on the same table is renamed to the dropped one's name
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_read on documents to app_user using (owner_name = current_user);
