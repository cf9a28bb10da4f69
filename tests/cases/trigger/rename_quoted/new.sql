-- trigger/rename_quoted: a disabled trigger with a quoted name is renamed to a capitalised one, and a constraint trigger is renamed
create table "My Table" (id integer primary key, updated_at timestamptz);
create function touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger "Touch Row" before update on "My Table" for each row execute function touch();
alter table "My Table" disable trigger "Touch Row";
create constraint trigger ck_new after insert on "My Table" deferrable initially deferred for each row execute function touch();
