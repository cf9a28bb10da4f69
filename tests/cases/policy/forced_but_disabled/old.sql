-- policy/forced_but_disabled: row level security is disabled on a forced table; the FORCE flag stays set on its own
create table documents (id integer primary key, owner_name text not null, body text);
alter table documents enable row level security;
alter table documents force row level security;
create policy documents_owner on documents using (owner_name = current_user);
