-- policy/to_public: a policy is created TO PUBLIC explicitly (stored as no role list)
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
create policy documents_public on documents for select to public using (is_public);
