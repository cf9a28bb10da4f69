-- not_null/drop_not_null_and_default: NOT NULL and the default go together
create table t (id integer primary key, flag boolean);
