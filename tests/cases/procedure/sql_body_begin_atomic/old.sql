-- procedure/sql_body_begin_atomic: a procedure with a BEGIN ATOMIC body of two statements is created
create table items (id integer primary key, qty integer);
create table audit (at timestamptz default now(), what text);
