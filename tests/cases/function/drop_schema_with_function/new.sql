-- function/drop_schema_with_function: a schema holding a function and a table is dropped
create table keep (id integer);
