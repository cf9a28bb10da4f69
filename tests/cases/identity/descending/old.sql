-- identity/descending: a new table whose identity counts down
create table t (name text);
