-- function/rename_called_by_sql_body: a function called from another function's BEGIN ATOMIC body is renamed; the caller follows
create function inner_fn(x integer) returns integer language sql immutable return x * 10;
create function outer_fn(x integer) returns integer language sql immutable
begin atomic
    select inner_fn(x) + 1;
end;
