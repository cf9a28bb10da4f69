-- quoting/injection_looking_names: objects whose names try to end the statement and drop a table
create table t (id integer);
insert into t values (1);
