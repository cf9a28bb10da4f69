-- trigger/delete_row: a BEFORE DELETE FOR EACH ROW trigger that blocks deletes is created
create table t (id integer primary key, locked boolean not null default false);
