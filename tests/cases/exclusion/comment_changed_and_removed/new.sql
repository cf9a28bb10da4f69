-- exclusion/comment_changed_and_removed: one exclusion constraint's comment changes, another's is removed
create extension btree_gist;
create table shifts (
    id integer primary key,
    worker_id integer not null,
    desk_id integer not null,
    during tsrange not null,
    constraint shifts_worker_excl exclude using gist (worker_id with =, during with &&),
    constraint shifts_desk_excl exclude using gist (desk_id with =, during with &&)
);
comment on constraint shifts_worker_excl on shifts is 'a worker works one shift at a time';
