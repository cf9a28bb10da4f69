-- primary_key/rename: a primary key constraint is renamed
create table accounts (id integer, constraint accounts_pkey primary key (id));
