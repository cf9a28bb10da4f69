-- function/plpgsql_calls_function: a PL/pgSQL function calling a SQL helper is created with the helper
create table t (id integer primary key, qty integer);
create function z_helper(v integer) returns integer language sql immutable as $$ select coalesce(v, 0) * 2 $$;
create function a_total() returns bigint language plpgsql stable as $$
declare
    r record;
    s bigint := 0;
begin
    for r in select qty from t loop
        s := s + z_helper(r.qty);
    end loop;
    return s;
end
$$;
