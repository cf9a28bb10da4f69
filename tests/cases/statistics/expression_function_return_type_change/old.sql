-- statistics/expression_function_return_type_change: a function an expression of the statistics calls changes return type; the statistics are dropped and created again with their target and comment
create function code_len(c text) returns integer language sql immutable as $$ select length(c) $$;
create table t (id integer primary key, code text, region text);
create statistics t_code_len (ndistinct) on (code_len(code)), region from t;
alter statistics t_code_len set statistics 120;
comment on statistics t_code_len is 'length by region';
insert into t values (1, 'abc', 'eu');
