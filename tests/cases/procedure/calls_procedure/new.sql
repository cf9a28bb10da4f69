-- procedure/calls_procedure: a PL/pgSQL procedure that CALLs another procedure is created with it
create table items (id integer primary key, qty integer);
create procedure z_step(p_id integer) language sql as $$ update items set qty = qty - 1 where id = p_id $$;
create procedure a_run() language plpgsql as $$
declare
    r record;
begin
    for r in select id from items loop
        call z_step(r.id);
    end loop;
end
$$;
