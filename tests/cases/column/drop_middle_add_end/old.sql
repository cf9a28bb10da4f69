-- column/drop_middle_add_end: a middle column is dropped and a new one added at the end
create table t (a integer, b integer, c integer);
insert into t values (1, 2, 3);
