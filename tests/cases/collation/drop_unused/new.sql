-- an unused collation is dropped
create table t (id int);
