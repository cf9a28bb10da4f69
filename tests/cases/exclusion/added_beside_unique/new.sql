-- exclusion/added_beside_unique: an exclusion constraint is added to a table with rows that keeps its unique constraint
create extension btree_gist;
create table reservations (
    id integer primary key,
    reference text not null,
    table_no integer not null,
    during tstzrange not null,
    constraint reservations_reference_key unique (reference),
    constraint reservations_table_excl exclude using gist (table_no with =, during with &&)
);
