-- procedure/change_body: a PL/pgSQL procedure keeps its signature, its body changes
create table items (id integer primary key, qty integer);
create procedure restock(p_id integer, p_qty integer) language plpgsql as $$
begin
    update items set qty = qty + p_qty where id = p_id;
end
$$;
