-- identity/int_to_bigint: an integer identity column becomes bigint (its sequence's type follows)
create table t (id integer generated always as identity primary key, name text);
insert into t (name) values ('a');
