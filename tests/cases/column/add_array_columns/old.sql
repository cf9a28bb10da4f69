-- column/add_array_columns: array columns (one and two dimensional, with modifiers) are added
create table t (id integer primary key);
