-- exclusion/storage_removed: an exclusion constraint's index loses its storage parameters (fillfactor, buffering), reset in place
create extension btree_gist;
create table shifts (
    id integer primary key,
    worker_id integer not null,
    during tsrange not null,
    constraint shifts_no_overlap exclude using gist (worker_id with =, during with &&)
);
