-- trigger/comment: a trigger gains a comment, another's changes, a third loses it
create table t (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger a_touch before update on t for each row execute function touch();
create trigger b_touch before insert on t for each row execute function touch();
create trigger c_touch before delete on t for each row execute function touch();
comment on trigger a_touch on t is 'sets updated_at; it''s "automatic"';
comment on trigger b_touch on t is 'new';
