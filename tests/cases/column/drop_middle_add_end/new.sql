-- column/drop_middle_add_end: a middle column is dropped and a new one added at the end
create table t (a integer, c integer, d integer);
