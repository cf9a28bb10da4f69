-- default/array_and_jsonb: array and jsonb defaults
create table t (id integer primary key, tags text[] default '{}'::text[], doc jsonb default '{"a": [1, 2]}'::jsonb);
