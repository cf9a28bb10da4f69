-- owner/serial_sequence_follows_table: a table with a serial column is given to a role; its sequence follows the table (it cannot be changed alone)
create table tickets (id serial primary key, title text not null);
alter table tickets owner to own_app;
