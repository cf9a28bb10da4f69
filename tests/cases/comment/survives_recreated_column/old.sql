-- comment/survives_recreated_column: a commented generated column recreated for a new expression keeps its comment
create table t (a integer, b integer generated always as (a + 1) stored);
comment on column t.b is 'a plus one';
