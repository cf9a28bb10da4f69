-- a column is an array of a domain whose base type changes integer -> bigint: the array column is converted too
create domain score as integer check (value >= 0);
create table games (id int primary key, best score, rounds score[]);
insert into games values (1, 10, '{1,2,3}'), (2, 0, '{}');
