-- function/used_by_index_expression: a new immutable function is used by a new expression index
create table t (id integer primary key, email text);
insert into t values (1, ' A@X.org ');
create function norm_email(e text) returns text language sql immutable strict parallel safe as $$ select lower(btrim(e)) $$;
create index t_norm_email_idx on t (norm_email(email));
