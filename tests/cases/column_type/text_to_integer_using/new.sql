-- column_type/text_to_integer_using: text holding digits becomes integer (needs USING)
create table t (id integer primary key, qty integer);
