-- procedure/inout_args: a procedure with two INOUT arguments is created
create table items (id integer primary key, qty integer);
create procedure qty_bounds(in p_min integer, inout lo integer, inout hi integer) language plpgsql as $$
begin
    select min(qty), max(qty) into lo, hi from items where qty >= p_min;
end
$$;
