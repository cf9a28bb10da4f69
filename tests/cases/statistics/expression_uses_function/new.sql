-- statistics/expression_uses_function: statistics are created on an expression calling a new function of another schema, and on a timestamp truncated to the day
create schema util;
create function util.domain_of(email text) returns text
    language sql immutable
    return split_part(email, '@', 2);
create table t (id integer primary key, email text, seen timestamp);
create statistics t_domain_day (ndistinct) on (util.domain_of(email)), (date_trunc('day', seen)) from t;
