-- exclusion/storage_removed: an exclusion constraint's index loses its storage parameters (fillfactor, buffering), reset in place
create extension btree_gist;
create table shifts (
    id integer primary key,
    worker_id integer not null,
    during tsrange not null,
    constraint shifts_no_overlap exclude using gist (worker_id with =, during with &&) with (fillfactor = 75, buffering = on)
);
insert into shifts values (1, 7, '[2024-05-01 08:00,2024-05-01 16:00)');
