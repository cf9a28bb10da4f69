-- function/change_body_plpgsql: a PL/pgSQL function keeps its signature, its multi-line body changes
create function classify(n integer) returns text language plpgsql immutable as $$
begin
    if n < 0 then
        return 'negative';
    end if;
    return 'non-negative';
end
$$;
