-- column_type/boolean_to_integer_using: boolean becomes integer (only an explicit cast exists: needs USING)
create table t (id integer primary key, flag integer);
