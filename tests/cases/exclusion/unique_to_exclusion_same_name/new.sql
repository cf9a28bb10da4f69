-- exclusion/unique_to_exclusion_same_name: a unique constraint is replaced by an exclusion constraint of the same name (the unique one must go first)
create table accounts (id integer primary key, email text not null, constraint accounts_email_key exclude using btree (lower(email) with =));
