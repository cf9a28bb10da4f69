-- exclusion/unique_and_exclusion: a table is created with a unique constraint and an exclusion constraint side by side
create extension btree_gist;
create table reservations (
    id integer primary key,
    reference text not null,
    table_no integer not null,
    during tstzrange not null,
    constraint reservations_reference_key unique (reference),
    constraint reservations_table_excl exclude using gist (table_no with =, during with &&)
);
