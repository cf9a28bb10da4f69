-- default/array_and_jsonb: array and jsonb defaults
create table t (id integer primary key, tags text[], doc jsonb);
