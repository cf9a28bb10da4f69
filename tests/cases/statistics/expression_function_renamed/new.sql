-- statistics/expression_function_renamed: a function an expression of the statistics calls is renamed; the statistics follow and keep what ANALYZE gathered
create function normalize_text(v text) returns text language sql immutable as $$ select lower(trim(v)) $$;
create table t (id integer primary key, email text, region text);
create statistics t_norm_region (ndistinct) on (normalize_text(email)), region from t;
