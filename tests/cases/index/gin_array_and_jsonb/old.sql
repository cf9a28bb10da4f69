-- index/gin_array_and_jsonb: gin indexes on an array column and on jsonb with jsonb_path_ops
create table docs (id integer primary key, tags text[], body jsonb);
