-- procedure/out_arg_added: a procedure gains an OUT argument (procedures' OUT arguments are part of the signature)
create table items (id integer primary key, qty integer);
create procedure purge_empty(out n bigint) language plpgsql as $$
begin
    delete from items where qty = 0;
    get diagnostics n = row_count;
end
$$;
