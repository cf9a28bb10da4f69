-- comment/survives_recreated_index: a commented index recreated for a method change keeps its comment
create table t (token text);
create index t_token_idx on t using hash (token);
comment on index t_token_idx is 'lookup by token';
