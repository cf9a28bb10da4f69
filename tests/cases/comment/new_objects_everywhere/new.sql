-- comment/new_objects_everywhere: a new schema with every commentable kind, all commented
create schema app;
comment on schema app is 'app schema';
create type app.status as enum ('a', 'b');
comment on type app.status is 'status enum';
create sequence app.num;
comment on sequence app.num is 'numbers';
create table app.t (id integer constraint t_pkey primary key, s app.status, constraint t_id_check check (id > 0));
comment on table app.t is 'the table';
comment on column app.t.s is 'the status';
comment on constraint t_pkey on app.t is 'the key';
comment on constraint t_id_check on app.t is 'positive ids';
create index t_s_idx on app.t (s);
comment on index app.t_s_idx is 'by status';
create view app.v as select id from app.t;
comment on view app.v is 'the view';
