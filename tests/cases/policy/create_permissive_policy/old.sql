-- policy/create_permissive_policy: a permissive policy (AS PERMISSIVE written out) is created on a table with row level security enabled
create table documents (id integer primary key, owner_name text not null, is_public boolean not null default false, body text);
alter table documents enable row level security;
insert into documents values (1, 'alice', false, 'first');
