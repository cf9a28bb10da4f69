-- statistics/expression_function_argument_type_change: the function an expression of the statistics calls is replaced by one taking varchar; the statistics move to the new one
create function norm(v text) returns text language sql immutable as $$ select lower(v) $$;
create table t (id integer primary key, email varchar(100), region text);
create statistics t_norm_region (mcv) on (norm(email)), region from t;
