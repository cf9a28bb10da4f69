-- policy/column_dropped_not_read: a column of a table with policies is dropped; no policy reads it, so the policies stay
create table documents (id integer primary key, owner_name text not null, legacy_flag boolean, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user) with check (body is not null);
insert into documents values (1, 'alice', true, 'first');
