-- mixed/enum_evolution: an enum gains labels and renames one, a column default moves to a new label, an array column and a view use it
create type stage as enum ('prospect', 'qualified', 'won', 'lost', 'archived');
create table deals (id integer primary key, stage stage not null default 'qualified', history stage[] not null default '{}');
create view open_deals as select id from deals where stage = any (array['prospect', 'qualified']::stage[]);
