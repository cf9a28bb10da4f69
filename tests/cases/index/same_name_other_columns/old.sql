-- index/same_name_other_columns: an index is dropped and another of the same name created on other columns
create table t (a integer, b integer);
create index x on t (a);
