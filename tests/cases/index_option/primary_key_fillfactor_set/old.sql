-- index_option/primary_key_fillfactor_set: a primary key's index gets fillfactor 80 (ALTER INDEX accounts_pkey SET)
create table accounts (id integer, email text not null, constraint accounts_pkey primary key (id));
insert into accounts values (1, 'a@example.com'), (2, 'b@example.com');
