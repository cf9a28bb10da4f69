-- statistics/expression_function_and_statistics_dropped: a function and the statistics whose expression calls it are both dropped
create function norm(v text) returns text language sql immutable as $$ select lower(v) $$;
create table t (id integer primary key, email text, region text);
create statistics t_norm_region on (norm(email)), region from t;
