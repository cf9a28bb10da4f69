-- mixed/enum_evolution: an enum gains labels and renames one, a column default moves to a new label, an array column and a view use it
create type stage as enum ('lead', 'won', 'lost');
create table deals (id integer primary key, stage stage not null default 'lead', history stage[] not null default '{}');
create view open_deals as select id from deals where stage = 'lead';
insert into deals (id) values (1);
