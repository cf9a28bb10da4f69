-- statistics/expression_function_argument_renamed: a function an expression of the statistics calls renames its argument (dropped and created again); the statistics come back
create function norm(v text) returns text language sql immutable as $$ select lower(v) $$;
create table t (id integer primary key, email text, region text);
create statistics t_norm_region (mcv) on (norm(email)), region from t;
