-- owner/identity_sequence_follows_table: a table with an identity column is given to a role; the identity sequence follows the table
create table events (id bigint generated always as identity primary key, name text not null);
alter table events owner to own_app;
