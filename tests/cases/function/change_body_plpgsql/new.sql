-- function/change_body_plpgsql: a PL/pgSQL function keeps its signature, its multi-line body changes
create function classify(n integer) returns text language plpgsql immutable as $$
begin
    if n < 0 then
        return 'negative';
    elsif n = 0 then
        return 'zero';
    end if;
    return 'positive';
end
$$;
