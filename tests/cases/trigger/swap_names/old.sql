-- trigger/swap_names: two triggers on one table swap names
create table t (id integer primary key, a integer, b integer);
create function fa() returns trigger language plpgsql as $$ begin new.a := 1; return new; end $$;
create function fb() returns trigger language plpgsql as $$ begin new.b := 2; return new; end $$;
create trigger x before insert on t for each row execute function fa();
create trigger y before update on t for each row execute function fb();
