-- table_option/logged_to_unlogged_with_serial: a table with a serial column becomes unlogged; its owned sequence becomes unlogged with it
create unlogged table jobs (id serial primary key, name text not null);
