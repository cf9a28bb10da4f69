-- function/user_type_args: functions taking and returning an enum and a table's row type
create type mood as enum ('sad', 'ok', 'happy');
create table people (id integer primary key, name text, m mood);
create function cheer(m mood) returns mood language sql immutable as $$ select case when m = 'sad' then 'ok'::mood else 'happy'::mood end $$;
create function label(p people) returns text language sql stable as $$ select p.name || ' is ' || p.m $$;
