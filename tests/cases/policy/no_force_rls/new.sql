-- policy/no_force_rls: a table loses FORCE ROW LEVEL SECURITY and keeps row level security enabled
create table documents (id integer primary key, owner_name text not null, body text);
alter table documents enable row level security;
create policy documents_owner on documents using (owner_name = current_user);
