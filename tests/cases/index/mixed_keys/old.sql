-- index/mixed_keys: an index mixing DESC, an expression, NULLS FIRST, INCLUDE and WHERE
create table t (id integer primary key, a integer, b text, c date, d text, active boolean);
