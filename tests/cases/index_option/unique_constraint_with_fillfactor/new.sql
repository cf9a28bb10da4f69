-- index_option/unique_constraint_with_fillfactor: a new unique constraint is added with fillfactor 80 on its index
create table accounts (id integer primary key, email text not null, constraint accounts_email_key unique (email) with (fillfactor = 80));
