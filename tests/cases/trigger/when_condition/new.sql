-- trigger/when_condition: row triggers with WHEN conditions (a column change, a whole-row change) are created
create table t (id integer primary key, qty integer, note text, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger t_qty_changed before update on t for each row when (old.qty is distinct from new.qty) execute function touch();
create trigger t_row_changed before update on t for each row when (old.* is distinct from new.*) execute function touch();
create trigger t_big_insert before insert on t for each row when (new.qty > 100 and new.note <> 'it''s small') execute function touch();
