-- function/drop_used_by_default: a function and the column default calling it are both dropped
create table t (id integer primary key, code text);
