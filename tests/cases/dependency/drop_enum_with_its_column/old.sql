-- dependency/drop_enum_with_its_column: a column typed by an enum is dropped, then the enum
create type mood as enum ('sad', 'happy');
create table t (id integer, mood mood default 'happy');
