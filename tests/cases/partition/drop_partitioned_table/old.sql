-- partition/drop_partitioned_table: a partitioned table with its partitions and rows is dropped; a plain table stays
create table users (id integer primary key, name text not null);
create table logins (
    user_id integer not null references users (id),
    at timestamp not null
) partition by range (at);
create index logins_user_id on logins (user_id);
create table logins_2026_01 partition of logins for values from ('2026-01-01 00:00:00') to ('2026-02-01 00:00:00');
create table logins_rest partition of logins default;
insert into users values (1, 'ann');
insert into logins values (1, '2026-01-02 08:00:00'), (1, '2027-01-02 08:00:00');
