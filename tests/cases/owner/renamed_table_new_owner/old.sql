-- owner/renamed_table_new_owner: a table is renamed and given to a role; its rows are kept
create table clients (id integer not null, name text not null);
insert into clients values (1, 'Ada'), (2, 'Grace');
