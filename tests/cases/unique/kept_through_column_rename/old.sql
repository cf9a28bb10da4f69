-- unique/kept_through_column_rename: a column in a unique constraint is renamed; the constraint is kept
create table t (id integer primary key, code text, region text, constraint t_code_key unique (region, code));
insert into t values (1, 'a', 'eu');
