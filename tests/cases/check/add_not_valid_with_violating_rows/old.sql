-- check/add_not_valid_with_violating_rows: a check is added NOT VALID to a table whose old rows break it
create table t (id integer primary key, qty integer);
insert into t values (1, -5), (2, 5);
