-- sequence/serial_column_added: a serial column is added to a table that has rows
create table items (name text, id serial);
