-- column_type/with_default_text_to_integer: a column with a default changes type; the default is dropped and set again in the new type
create table t (id integer primary key, qty text not null default '0');
insert into t (id, qty) values (1, '5'), (2, default);
