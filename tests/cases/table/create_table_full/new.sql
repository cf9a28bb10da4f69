-- table/create_table_full: a new table with everything: defaults, not null, identity, pk, unique, fk, check, index and comments
create table teams (id integer primary key);
create table members (
    id bigint generated always as identity primary key,
    team_id integer not null references teams (id) on delete cascade,
    email varchar(200) not null,
    nick text collate "C",
    age integer check (age >= 0),
    joined timestamptz not null default now(),
    unique (team_id, email)
);
create index members_nick_idx on members (nick) where nick is not null;
comment on table members is 'People in teams';
comment on column members.email is 'Login address';
