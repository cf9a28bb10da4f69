-- exclusion/several_operators: an exclusion constraint with three elements and three operators (=, <>, &&) is added: while a cage is occupied it holds one kind of animal only
create extension btree_gist;
create table cage_stays (
    id integer primary key,
    cage integer not null,
    animal text not null,
    during tsrange not null,
    constraint cage_stays_one_kind exclude using gist (cage with =, animal with <>, during with &&)
);
