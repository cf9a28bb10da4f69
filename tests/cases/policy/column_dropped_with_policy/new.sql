-- policy/column_dropped_with_policy: a column is dropped together with the only policy that reads it (DROP COLUMN is refused while the policy exists); another policy stays
create table documents (id integer primary key, owner_name text not null, body text);
alter table documents enable row level security;
create policy documents_owner on documents to app_user using (owner_name = current_user);
