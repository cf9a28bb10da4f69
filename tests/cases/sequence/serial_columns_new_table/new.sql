-- sequence/serial_columns_new_table: a new table with smallserial, serial and bigserial columns
create table counters (a smallserial, b serial, c bigserial primary key);
