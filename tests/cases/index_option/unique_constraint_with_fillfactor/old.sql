-- index_option/unique_constraint_with_fillfactor: a new unique constraint is added with fillfactor 80 on its index
create table accounts (id integer primary key, email text not null);
insert into accounts values (1, 'a@example.com'), (2, 'b@example.com');
