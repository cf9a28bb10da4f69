-- function/used_by_index_expression: a new immutable function is used by a new expression index
create table t (id integer primary key, email text);
insert into t values (1, ' A@X.org ');
