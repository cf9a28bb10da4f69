-- exclusion/unique_to_exclusion_same_name: a unique constraint is replaced by an exclusion constraint of the same name (the unique one must go first)
create table accounts (id integer primary key, email text not null, constraint accounts_email_key unique (email));
insert into accounts values (1, 'a@example.com'), (2, 'b@example.com');
