-- dependency/drop_enum_with_its_column: a column typed by an enum is dropped, then the enum
create table t (id integer);
