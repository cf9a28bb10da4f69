-- exclusion/several_operators: an exclusion constraint with three elements and three operators (=, <>, &&) is added: while a cage is occupied it holds one kind of animal only
create extension btree_gist;
create table cage_stays (id integer primary key, cage integer not null, animal text not null, during tsrange not null);
insert into cage_stays values
    (1, 1, 'zebra', '[2024-01-01,2024-02-01)'),
    (2, 1, 'zebra', '[2024-01-15,2024-03-01)'),
    (3, 1, 'lion', '[2024-03-01,2024-04-01)'),
    (4, 2, 'lion', '[2024-01-01,2024-04-01)');
