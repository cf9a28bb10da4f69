-- comment/table_add: a table gains a comment
create table t (id integer);
comment on table t is 'Things';
