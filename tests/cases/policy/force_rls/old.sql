-- policy/force_rls: a table with row level security enabled gets FORCE ROW LEVEL SECURITY (the owner is subject to policies too)
create table documents (id integer primary key, owner_name text not null, body text);
alter table documents enable row level security;
create policy documents_owner on documents using (owner_name = current_user);
