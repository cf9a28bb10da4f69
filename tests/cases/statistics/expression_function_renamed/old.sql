-- statistics/expression_function_renamed: a function an expression of the statistics calls is renamed; the statistics follow and keep what ANALYZE gathered
create function norm(v text) returns text language sql immutable as $$ select lower(trim(v)) $$;
create table t (id integer primary key, email text, region text);
create statistics t_norm_region (ndistinct) on (norm(email)), region from t;
insert into t select g, 'User' || (g % 4) || '@x', 'r' || (g % 2) from generate_series(1, 20) g;
analyze t;
