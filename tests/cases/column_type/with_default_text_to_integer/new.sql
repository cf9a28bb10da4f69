-- column_type/with_default_text_to_integer: a column with a default changes type; the default is dropped and set again in the new type
create table t (id integer primary key, qty integer not null default 0);
