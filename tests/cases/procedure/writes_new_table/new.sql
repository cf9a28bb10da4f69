-- procedure/writes_new_table: a table and a string-bodied SQL procedure writing it are created (procedure after table)
create table z_numbers (n integer);
create procedure a_fill(n integer) language sql as $$ insert into z_numbers select g from generate_series(1, n) g $$;
