-- extension/citext_column_type: citext is added and an existing text column becomes citext, keeping its rows
create table users (id integer primary key, email text not null);
insert into users values (1, 'A@example.com'), (2, 'b@example.com');
