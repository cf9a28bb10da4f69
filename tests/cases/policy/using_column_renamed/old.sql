-- policy/using_column_renamed: a column read by a policy's USING and WITH CHECK is renamed; the policy follows the column
create table documents (id integer primary key, owner text not null, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner = current_user) with check (owner = current_user);
insert into documents values (1, 'alice', 'first');
