-- function/user_type_args: functions taking and returning an enum and a table's row type
create type mood as enum ('sad', 'ok', 'happy');
create table people (id integer primary key, name text, m mood);
