-- trigger/instead_of_view: INSTEAD OF INSERT and INSTEAD OF UPDATE OR DELETE row triggers on a view
create table t (id integer primary key, name text, hidden boolean not null default false);
create view visible as select id, name from t where not hidden;
