-- comment/index_add_change_remove: three indexes: one gains a comment, one's changes, one's is removed
create table t (a integer, b integer, c integer);
create index t_a_idx on t (a);
create index t_b_idx on t (b);
create index t_c_idx on t (c);
comment on index t_a_idx is 'new a';
comment on index t_b_idx is 'new b';
