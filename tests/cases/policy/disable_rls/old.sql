-- policy/disable_rls: row level security is disabled on a table; its policy stays (and is then not applied)
create table documents (id integer primary key, owner_name text not null, body text);
alter table documents enable row level security;
create policy documents_owner on documents using (owner_name = current_user);
insert into documents values (1, 'alice', 'first');
