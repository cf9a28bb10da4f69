-- column_type/type_and_default_and_not_null: a column changes type, default and nullability at once
create table t (id integer primary key, n bigint not null default 100);
