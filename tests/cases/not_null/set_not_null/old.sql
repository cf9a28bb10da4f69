-- not_null/set_not_null: SET NOT NULL on a column whose rows are all non-null
create table t (id integer primary key, name text);
insert into t values (1, 'a'), (2, 'b');
